using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>
/// Keeps only what the vendor wrote: drops "&gt;" quoted lines, everything from an "On ... wrote:" attribution, an
/// Outlook "From:/Sent:" header block, a forwarded or original-message marker, and a "-- " signature. A forwarded
/// answer is the vendor's own: when the forward carries a response template block and the text above it does not, the
/// block is kept. Two exceptions keep the history: a vendor who says the answers are in it ("prices in red in your
/// table below", "answers inline") keeps everything but the markers, an answer typed under the quoted line it
/// answers, with more of the quote after it, is read together with that line, which names the part, and a forwarded
/// message under a note with no price of its own is read as the answer.
/// </summary>
internal static partial class HistoryStripper
{
    public static string Strip(string text) => string.Join('\n', StripLines(text));

    /// <summary>
    /// The lines of the stripped text, as <see cref="TextPatterns.Lines"/> would split it again: trailing blank lines and
    /// the last line's trailing whitespace are gone, and nothing left is one empty line.
    /// </summary>
    public static string[] StripLines(string text)
    {
        var lines = TextPatterns.Lines(text);
        var kept = new List<string>(lines.Length);
        var lastQuoted = Array.FindLastIndex(lines, IsQuoted);
        string? answered = null;
        var inline = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line is "-- " or "--" or "-- \u00A0" || line.TrimEnd() == "--")
            {
                // A signature holds no table: a quote system that signs before its table (Odoo) goes on below it.
                if (TableRowsAfter(lines, i + 1) < 2)
                {
                    break;
                }

                continue;
            }

            var header = IsHeaderBlock(lines, i);
            if (MayBeMarker(line) && Marker().IsMatch(line) || IsAttribution(lines, i) || header)
            {
                // A vendor forwarding a colleague's quote with no price of their own above it ("please see our quote
                // below"): the forwarded message is the answer, read up to its own history.
                var forwardedAnswer = ForwardMarker().IsMatch(line) && !kept.Exists(l => TextPatterns.HasMoney(l));
                if (forwardedAnswer || inline || (inline = kept.Exists(l => InlineAnswers().IsMatch(l))))
                {
                    // Apple Mail leaves a blank line between "Begin forwarded message:" and the forwarded headers.
                    while (forwardedAnswer && i + 2 < lines.Length && lines[i + 1].AsSpan().Trim().IsEmpty && IsHeaderBlock(lines, i + 2))
                    {
                        i++;
                    }

                    while ((header || forwardedAnswer) && i + 1 < lines.Length && !lines[i + 1].AsSpan().Trim().IsEmpty)
                    {
                        i++;
                    }

                    continue;
                }

                if (ForwardMarker().IsMatch(line) && !kept.Any(IsTemplateBegin))
                {
                    kept.AddRange(TemplateBlock(lines, i + 1));
                }

                break;
            }

            if (IsQuoted(line))
            {
                var quoted = line.AsSpan().TrimStart().TrimStart('>').Trim();
                if (!quoted.IsEmpty)
                {
                    answered = quoted.ToString();
                }

                continue;
            }

            if (!line.AsSpan().Trim().IsEmpty)
            {
                if (answered is not null && i < lastQuoted)
                {
                    line = answered + " — " + line.Trim();
                }

                answered = null;
            }

            kept.Add(line);
        }

        while (kept.Count > 0 && kept[^1].AsSpan().Trim().IsEmpty)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count == 0)
        {
            return [string.Empty];
        }

        kept[^1] = kept[^1].TrimEnd();
        return [.. kept];
    }

    private static int TableRowsAfter(string[] lines, int start)
    {
        var rows = 0;
        for (var k = start; k < lines.Length && rows < 2; k++)
        {
            var trimmed = lines[k].AsSpan().Trim();
            rows += trimmed.Length > 2 && trimmed[0] == '|' && trimmed[^1] == '|' && !IsQuoted(lines[k]) ? 1 : 0;
        }

        return rows;
    }

    private static bool IsQuoted(string line) => line.AsSpan().TrimStart().StartsWith('>');

    /// <summary>A marker starts with dashes, underscores or "Begin": most lines are ruled out without the pattern.</summary>
    private static bool MayBeMarker(string line) => line.AsSpan().TrimStart() is [ '-' or '_' or 'B' or 'b', ..];

    private static bool IsTemplateBegin(string line) => line.TrimStart().StartsWith("----- BEGIN QUOTE ", StringComparison.Ordinal);

    /// <summary>The first unquoted template block (BEGIN to END marker) from line <paramref name="start"/> on, or nothing.</summary>
    private static IEnumerable<string> TemplateBlock(string[] lines, int start)
    {
        var begin = Array.FindIndex(lines, start, IsTemplateBegin);
        if (begin < 0)
        {
            return [];
        }

        var end = Array.FindIndex(lines, begin, l => l.TrimStart().StartsWith("----- END QUOTE ", StringComparison.Ordinal));
        return end < 0 ? [] : lines[begin..(end + 1)];
    }

    private static bool IsAttribution(string[] lines, int i)
    {
        var line = lines[i].AsSpan().TrimStart() is [ 'O' or 'A' or 'L' or 'E' or 'I' or 'D', ..] ? lines[i].Trim() : string.Empty;
        if (line.Length == 0 || !Attribution().IsMatch(line))
        {
            return false;
        }

        if (Wrote().IsMatch(line))
        {
            return true;
        }

        for (var k = i + 1; k < Math.Min(lines.Length, i + 3); k++)
        {
            if (Wrote().IsMatch(lines[k].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeaderBlock(string[] lines, int i)
    {
        if (!lines[i].Contains(':', StringComparison.Ordinal) || !FromHeader().IsMatch(lines[i]))
        {
            return false;
        }

        for (var k = i + 1; k < Math.Min(lines.Length, i + 5); k++)
        {
            if (SentHeader().IsMatch(lines[k]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|Message transféré)\s*-{2,}|Begin forwarded message:|_{10,}\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré)\s*-{2,}|Begin forwarded message:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ForwardMarker();

    [GeneratedRegex(@"^(?:On|Am|Le|El|Il|Op|Den|Em)\s.{4,}", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|escreveu)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Wrote();

    [GeneratedRegex(@"^\s*\**(?:From|Von|De|Da|Van|Från|Fra)\s*:\**\s+\S", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FromHeader();

    [GeneratedRegex(@"^\s*\**(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden|Skickat|Sendt|To|An|À)\s*:\**\s", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentHeader();

    [GeneratedRegex(@"\b(?:inline|in\s+(?:red|blue|green|bold|colou?r)|(?:in|into)\s+your\s+(?:table|list|rfq|request|e-?mail|message|spreadsheet))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex InlineAnswers();
}
