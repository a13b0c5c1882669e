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
    public static bool TryParse(string? text, DecimalStyle style, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var negative = false;
        if (s[0] is '-' or '−')
        {
            negative = true;
            s = s[1..].TrimStart();
        }

        var digits = new System.Text.StringBuilder(s.Length);
        var separators = new List<(int Position, char Kind)>();
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is '.' or ',')
            {
                separators.Add((digits.Length, c));
            }
            else if (c is '\'' or '’' or ' ' or '\u00A0' or '\u202F' or '\u2009')
            {
                separators.Add((digits.Length, 'g'));
            }
            else
            {
                return false;
            }
        }

        if (digits.Length == 0 || digits.Length > 24 || separators.Any(p => p.Position == 0))
        {
            return false;
        }

        var raw = digits.ToString();
        var decimalAt = DecimalPosition(separators, raw, style);
        if (decimalAt == -2)
        {
            return false;
        }

        var number = decimalAt < 0 ? raw : raw[..decimalAt] + "." + raw[decimalAt..];
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    public static decimal? Parse(string? text, DecimalStyle style = DecimalStyle.Unknown) =>
        TryParse(text, style, out var value) ? value : null;

    /// <summary>The style a sample of number texts shows unambiguously, or unknown.</summary>
    public static DecimalStyle Detect(IEnumerable<string> samples)
    {
        int point = 0, comma = 0;
        foreach (var sample in samples)
        {
            if (sample.AsSpan().IndexOfAny('.', ',') < 0)
            {
                continue; // no separator, no vote
            }

            var withoutDates = TextPatterns.DateLike().Replace(sample, " ");
            foreach (System.Text.RegularExpressions.Match m in TextPatterns.NumberToken().Matches(withoutDates))
            {
                var t = m.Value;
                var lastDot = t.LastIndexOf('.');
                var lastComma = t.LastIndexOf(',');
                if (lastDot >= 0 && lastComma >= 0)
                {
                    _ = lastDot > lastComma ? point++ : comma++;
                }
                else if (lastComma >= 0 && t.AsSpan().Count(',') == 1 && (t.Length - lastComma - 1 is 1 or 2 or >= 4 || IsLeadingZero(t)))
                {
                    comma++;
                }
                else if (lastDot >= 0 && t.AsSpan().Count('.') == 1 && (t.Length - lastDot - 1 is 1 or 2 or >= 4 || IsLeadingZero(t)))
                {
                    point++;
                }
            }
        }

        return comma > point ? DecimalStyle.Comma : point > 0 ? DecimalStyle.Point : DecimalStyle.Unknown;
    }

    /// <summary>"0,176" or "0.176": a lone zero is never a thousands group, so its separator is the decimal mark.</summary>
    private static bool IsLeadingZero(string token) => token.Length > 2 && token[0] == '0' && token[1] is '.' or ',';

    private static int DecimalPosition(List<(int Position, char Kind)> separators, string digits, DecimalStyle style)
    {
        if (separators.Count == 0)
        {
            return -1;
        }

        var last = separators[^1];
        if (last.Kind == 'g')
        {
            return GroupsValid(separators, digits.Length, separators.Count) ? -1 : -2;
        }

        var others = separators.Take(separators.Count - 1).ToList();
        if (others.Any(p => p.Kind == last.Kind))
        {
            return others.All(p => p.Kind == last.Kind) && GroupsValid(separators, digits.Length, separators.Count) ? -1 : -2;
        }

        if (others.Count > 0)
        {
            return GroupsValid(separators, last.Position, others.Count) ? last.Position : -2;
        }

        var tail = digits.Length - last.Position;
        if (tail != 3 || last.Position > 3 || (last.Position == 1 && digits[0] == '0'))
        {
            return last.Position;
        }

        return style switch
        {
            DecimalStyle.Comma => last.Kind == ',' ? last.Position : -1,
            DecimalStyle.Point => last.Kind == '.' ? last.Position : -1,
            _ => last.Kind == '.' ? last.Position : -1,
        };
    }

    private static bool GroupsValid(List<(int Position, char Kind)> separators, int end, int count)
    {
        if (separators[0].Position > 3)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            var next = i + 1 < count ? separators[i + 1].Position : end;
            if (next - separators[i].Position != 3)
            {
                return false;
            }
        }

        return true;
    }
}
