using System.Globalization;

namespace Purchaser.Quotes.Text;

/// <summary>How a document writes decimals, when it can be told.</summary>
internal enum DecimalStyle
{
    Unknown,
    Point,
    Comma,
}

/// <summary>
/// Parses numbers written in either convention: 1,234.50, 1.234,50, 1 234,50 and 1'234.50.
/// A lone separator followed by exactly three digits is ambiguous; the document's style decides it, then grouping wins.
/// </summary>
internal static class NumberParser
{
    public static bool TryParse(string? text, DecimalStyle style, out decimal value) => TryParse(text.AsSpan(), style, out value);

    /// <summary>
    /// Parses a count of pieces: a lone separator followed by exactly three digits groups thousands in either style, since
    /// nobody counts pieces to three decimals ("2,000 pcs" in a letter that writes "98,50 EUR" is two thousand).
    /// </summary>
    public static bool TryParseCount(string? text, DecimalStyle style, out decimal value)
    {
        var s = text.AsSpan().Trim();
        var separator = s.IndexOfAny('.', ',');
        if (separator is >= 1 and <= 3 && s.Length - separator == 4 && s.LastIndexOfAny('.', ',') == separator
            && !s[..separator].ContainsAnyExceptInRange('0', '9') && !s[(separator + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            style = s[separator] == ',' ? DecimalStyle.Point : DecimalStyle.Comma;
        }

        return TryParse(s, style, out value);
    }

    public static bool TryParse(ReadOnlySpan<char> text, DecimalStyle style, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.IsEmpty)
        {
            return false;
        }

        var negative = false;
        if (s[0] is '-' or '−')
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        // "1.250,-" and "41,-": a whole amount in decimal-comma style, the dash standing for no cents.
        if (WholeAmount(s) is { } whole)
        {
            value = negative ? -whole : whole;
            return true;
        }

        // At most 24 digits, single separators between them: anything longer is not one number.
        if (s.Length > MaxNumberLength)
        {
            return false;
        }

        Span<char> digits = stackalloc char[MaxNumberLength];
        Span<int> positions = stackalloc int[MaxNumberLength];
        Span<char> kinds = stackalloc char[MaxNumberLength];
        int digitCount = 0, separatorCount = 0;

        // ".188": a fraction written without its leading zero, as US price lists do.
        if (s.Length > 1 && s[0] is '.' or ',' && char.IsAsciiDigit(s[1]))
        {
            digits[digitCount++] = '0';
        }

        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[digitCount++] = c;
                continue;
            }

            var kind = c switch
            {
                '.' or ',' => c,
                '\'' or '’' or ' ' or '\u00A0' or '\u202F' or '\u2009' => 'g',
                _ => '\0',
            };
            if (kind == '\0' || digitCount == 0)
            {
                return false;
            }

            positions[separatorCount] = digitCount;
            kinds[separatorCount++] = kind;
        }

        if (digitCount is 0 or > 24)
        {
            return false;
        }

        var decimalAt = DecimalPosition(positions[..separatorCount], kinds[..separatorCount], digits[..digitCount], style);
        if (decimalAt == -2)
        {
            return false;
        }

        Span<char> number = stackalloc char[digitCount + 1];
        var length = digitCount;
        if (decimalAt < 0)
        {
            digits[..digitCount].CopyTo(number);
        }
        else
        {
            digits[..decimalAt].CopyTo(number);
            number[decimalAt] = '.';
            digits[decimalAt..digitCount].CopyTo(number[(decimalAt + 1)..]);
            length++;
        }

        if (!decimal.TryParse(number[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private const int MaxNumberLength = 64;

    public static decimal? Parse(string? text, DecimalStyle style = DecimalStyle.Unknown) =>
        TryParse(text, style, out var value) ? value : null;

    /// <summary>The style a sample of number texts shows unambiguously, or unknown.</summary>
    public static DecimalStyle Detect(IEnumerable<string> samples)
    {
        int point = 0, comma = 0;
        foreach (var sample in samples)
        {
            Vote(sample, ref point, ref comma);
        }

        return comma > point ? DecimalStyle.Comma : point > 0 ? DecimalStyle.Point : DecimalStyle.Unknown;
    }

    /// <summary>
    /// Counts the numbers in <paramref name="sample"/> whose separator shows the style. Only a run of number characters
    /// holding a separator can vote, and the number pattern cannot match across such a run's ends, so it runs on those
    /// runs alone instead of the whole text.
    /// </summary>
    private static void Vote(string sample, ref int point, ref int comma)
    {
        List<(int Start, int End)>? dates = null;
        var datesRead = false;
        var at = 0;
        int next;
        while ((next = sample.AsSpan(at).IndexOfAny('.', ',')) >= 0)
        {
            var start = at + next;
            var end = start + 1;
            while (start > 0 && IsNumberChar(sample[start - 1]))
            {
                start--;
            }

            while (end < sample.Length && IsNumberChar(sample[end]))
            {
                end++;
            }

            at = end;
            var run = sample.AsSpan(start, end - start);
            if (!TextPatterns.HasDigit(run))
            {
                continue;
            }

            if (!datesRead)
            {
                dates = DateRanges(sample);
                datesRead = true;
            }

            foreach (var m in TextPatterns.NumberToken().EnumerateMatches(run))
            {
                if (dates is not null && Overlaps(dates, start + m.Index, start + m.Index + m.Length))
                {
                    continue;
                }

                var t = run.Slice(m.Index, m.Length);
                var lastDot = t.LastIndexOf('.');
                var lastComma = t.LastIndexOf(',');
                if (lastDot >= 0 && lastComma >= 0)
                {
                    _ = lastDot > lastComma ? point++ : comma++;
                }
                else if (lastComma >= 0 && t.Count(',') == 1 && (t.Length - lastComma - 1 is 1 or 2 or >= 4 || IsLeadingZero(t)))
                {
                    comma++;
                }
                else if (lastDot >= 0 && t.Count('.') == 1 && (t.Length - lastDot - 1 is 1 or 2 or >= 4 || IsLeadingZero(t)))
                {
                    point++;
                }
            }
        }
    }

    /// <summary>Every character the number pattern can match (its <c>\d</c> is any Unicode digit).</summary>
    private static bool IsNumberChar(char c) => char.IsDigit(c) || c is '.' or ',' or '\'' or '’' or ' ' or '\u00A0' or '\u202F';

    /// <summary>"0,176" or "0.176": a lone zero is never a thousands group, so its separator is the decimal mark.</summary>
    private static bool IsLeadingZero(ReadOnlySpan<char> token) => token.Length > 2 && token[0] == '0' && token[1] is '.' or ',';

    /// <summary>Dates and times in <paramref name="sample"/>: their digits are no evidence of a decimal style.</summary>
    private static List<(int Start, int End)>? DateRanges(string sample)
    {
        // A date has two of . / - between its numbers, a time a colon.
        var span = sample.AsSpan();
        if (!span.Contains(':') && span.Count('.') + span.Count('/') + span.Count('-') < 2)
        {
            return null;
        }

        List<(int Start, int End)>? ranges = null;
        foreach (var m in TextPatterns.DateLike().EnumerateMatches(sample))
        {
            (ranges ??= []).Add((m.Index, m.Index + m.Length));
        }

        return ranges;
    }

    private static bool Overlaps(List<(int Start, int End)> ranges, int start, int end)
    {
        foreach (var (s, e) in ranges)
        {
            if (start < e && end > s)
            {
                return true;
            }
        }

        return false;
    }

    private static int DecimalPosition(ReadOnlySpan<int> positions, ReadOnlySpan<char> kinds, ReadOnlySpan<char> digits, DecimalStyle style)
    {
        if (positions.IsEmpty)
        {
            return -1;
        }

        var lastKind = kinds[^1];
        var lastPosition = positions[^1];
        if (lastKind == 'g')
        {
            return GroupsValid(positions, digits.Length, positions.Length) ? -1 : -2;
        }

        var others = kinds[..^1];
        if (others.Contains(lastKind))
        {
            return others.IndexOfAnyExcept(lastKind) < 0 && GroupsValid(positions, digits.Length, positions.Length) ? -1 : -2;
        }

        if (others.Length > 0)
        {
            return GroupsValid(positions, lastPosition, others.Length) ? lastPosition : -2;
        }

        var tail = digits.Length - lastPosition;
        if (tail != 3 || lastPosition > 3 || (lastPosition == 1 && digits[0] == '0'))
        {
            return lastPosition;
        }

        return style switch
        {
            DecimalStyle.Comma => lastKind == ',' ? lastPosition : -1,
            DecimalStyle.Point => lastKind == '.' ? lastPosition : -1,
            _ => lastKind == '.' ? lastPosition : -1,
        };
    }

    private static bool GroupsValid(ReadOnlySpan<int> positions, int end, int count) =>
        ThousandsGroups(positions, end, count) || LakhGroups(positions, end, count);

    /// <summary>"2,85,000.00": Indian grouping, pairs of digits above the last three (lakh and crore).</summary>
    private static bool LakhGroups(ReadOnlySpan<int> positions, int end, int count)
    {
        if (count < 2 || positions[0] > 2)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? positions[i + 1] : end;
            if (next - positions[i] != (i + 1 < count ? 2 : 3))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ThousandsGroups(ReadOnlySpan<int> positions, int end, int count)
    {
        if (positions[0] > 3)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? positions[i + 1] : end;
            if (next - positions[i] != 3)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal? WholeAmount(ReadOnlySpan<char> s)
    {
        var comma = s.LastIndexOf(',');
        if (comma <= 0 || s.Length - comma is not (2 or 3) || s[(comma + 1)..].ContainsAnyExcept('-', '–'))
        {
            return null;
        }

        decimal whole = 0;
        var digits = 0;
        foreach (var c in s[..comma])
        {
            if (char.IsAsciiDigit(c))
            {
                whole = (whole * 10) + (c - '0');
                digits++;
            }
            else if (c is not ('.' or '\'' or '’' or ' ' or '\u00A0' or '\u202F') || digits == 0)
            {
                return null;
            }
        }

        return digits is > 0 and <= 18 ? whole : null;
    }
}
