namespace Purchaser.Quotes.Text;

/// <summary>
/// A vendor answering several RFQs in one mail heads each answer with its RFQ number ("=== NR-RFQ-0633 ===", "For
/// NR-RFQ-0633:"). Another RFQ's answer has the same kind of rows, line numbers and prices as ours, so its section is
/// dropped before anything is read: from a short line naming an RFQ number shaped like ours (the same letters, other
/// digits) to the next such line naming any RFQ number.
/// </summary>
internal static class OtherRfqSections
{
    private const int MaxHeadingWords = 8;
    private static readonly char[] Separators = [' ', '\t', '(', ')', '[', ']', '=', ':', ';', ',', '*', '#', '"', '\'', '<', '>'];

    public static string[] Remove(string[] lines, string rfqNumber)
    {
        var shape = Shape(rfqNumber);
        if (shape.IndexOf('#') < 0 || !shape.Any(char.IsLetter))
        {
            return lines; // a number with no letters or no digits has a shape too common to look for
        }

        var own = Normalize(rfqNumber);
        var letters = LongestLetters(rfqNumber);
        List<string>? kept = null;
        var dropping = false;
        for (var i = 0; i < lines.Length; i++)
        {
            // Only a line holding the number's letters can name an RFQ: the rest are not split into words.
            if (lines[i].Contains(letters, StringComparison.OrdinalIgnoreCase) && Heading(lines[i], shape) is { } named)
            {
                dropping = named != own;
                if (dropping && kept is null)
                {
                    kept = [.. lines.Take(i)];
                }
            }

            if (!dropping)
            {
                kept?.Add(lines[i]);
            }
        }

        return kept is null ? lines : [.. kept];
    }

    // The RFQ number a heading line names, normalized; null when the line is not such a heading: short, and no digit
    // besides the number's.
    private static string? Heading(string line, string shape)
    {
        if (line.Length > 160 || !line.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return null;
        }

        var words = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxHeadingWords)
        {
            return null;
        }

        string? named = null;
        foreach (var word in words)
        {
            var token = word.TrimEnd('.', '!', '?');
            if (named is null && Shape(token) == shape)
            {
                named = Normalize(token);
            }
            else if (token.AsSpan().ContainsAnyInRange('0', '9'))
            {
                return null;
            }
        }

        return named;
    }

    // "NR-RFQ-0619" → "NRRFQ#": letters in capitals, each run of digits one '#', separators dropped.
    private static string Shape(string number)
    {
        var shape = new System.Text.StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsLetter(c))
            {
                shape.Append(char.ToUpperInvariant(c));
            }
            else if (char.IsAsciiDigit(c) && (shape.Length == 0 || shape[^1] != '#'))
            {
                shape.Append('#');
            }
        }

        return shape.ToString();
    }

    private static string LongestLetters(string number)
    {
        var longest = string.Empty;
        var start = -1;
        for (var i = 0; i <= number.Length; i++)
        {
            if (i < number.Length && char.IsLetter(number[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                longest = i - start > longest.Length ? number[start..i] : longest;
                start = -1;
            }
        }

        return longest;
    }

    private static string Normalize(string number) => string.Concat(number.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
