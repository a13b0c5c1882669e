using System.Text.RegularExpressions;

namespace Purchaser.Quotes.Text;

/// <summary>A price written in text: its amount as written, currency mark, basis and where it sits.</summary>
internal readonly record struct PriceMention(decimal Amount, CurrencyCode? Currency, int Index, int End, PriceBasis Basis);

/// <summary>Finds prices in prose and cells: currency-marked amounts, and bare amounts after "@", "at", "price:" or before "each".</summary>
internal static partial class PriceFinder
{
    public static List<PriceMention> Find(string text, CurrencyResolver currencies, DecimalStyle style)
    {
        var found = new List<PriceMention>();
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return found;
        }

        if (MarkedCell(text, currencies) is { } cell)
        {
            found.Add(cell);
            return found;
        }

        for (var m = TextPatterns.CurrencyMarks.Occurs(text) ? TextPatterns.MoneyToken().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (!NumberParser.TryParse(m.Groups["num"].ValueSpan, style, out var amount) || amount <= 0)
            {
                continue;
            }

            var end = m.Index + m.Length;
            var basis = PriceBasis.ReadAfter(text, end, out var used) ?? PriceBasis.One;
            found.Add(new PriceMention(amount, currencies.Resolve(m.Groups["cur"].Value), m.Index, end + used, basis));
        }

        foreach (var (regex, guard) in Unmarked)
        {
            for (var m = guard.Occurs(text) ? regex.Match(text) : Match.Empty; m.Success; m = m.NextMatch())
            {
                var num = m.Groups["num"];
                if (found.Any(f => num.Index < f.End && num.Index + num.Length > f.Index) || !NumberParser.TryParse(num.ValueSpan, style, out var amount) || amount <= 0)
                {
                    continue;
                }

                var end = num.Index + num.Length;
                if (NotAPrice().IsMatch(text.AsSpan(end)))
                {
                    continue;
                }

                var basis = PriceBasis.ReadAfter(text, end, out var used) ?? PriceBasis.One;
                found.Add(new PriceMention(amount, null, num.Index, end + used, basis));
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => a.Index.CompareTo(b.Index));
        }

        return found;
    }

    /// <summary>
    /// The commonest price cell, "USD 12.50" or "$12.50" and nothing else, read without the patterns (which give the same
    /// reading, several times slower). Anything else returns null and goes through them.
    /// </summary>
    internal static PriceMention? MarkedCell(string text, CurrencyResolver currencies)
    {
        var span = text.AsSpan();
        var start = span.Length - span.TrimStart().Length;
        var end = span.TrimEnd().Length;
        if (end - start < 2)
        {
            return null;
        }

        int markLength;
        if (span[start] is '$' or '€' or '£')
        {
            markLength = 1;
        }
        else if (end - start > 4 && char.IsAsciiLetterUpper(span[start]) && char.IsAsciiLetterUpper(span[start + 1]) && char.IsAsciiLetterUpper(span[start + 2]) && IsoCodes.Contains(text.Substring(start, 3)))
        {
            markLength = 3;
        }
        else
        {
            return null;
        }

        var numberStart = start + markLength;
        if (span[numberStart] is ' ' or '\t')
        {
            numberStart++;
        }

        // Digits with at most one separator and one or two decimals: the number pattern reads exactly this whole.
        var number = span[numberStart..end];
        var separator = number.IndexOfAny('.', ',');
        var digitsOnly = separator < 0 ? number : number[..separator];
        if (digitsOnly.IsEmpty || digitsOnly.ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        if (separator >= 0 && (number.Length - separator - 1 is not (1 or 2) || number[(separator + 1)..].ContainsAnyExceptInRange('0', '9')))
        {
            return null;
        }

        if (!decimal.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint, separator >= 0 && number[separator] == ',' ? CommaDecimal : System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            return null;
        }

        return new PriceMention(amount, currencies.Resolve(text.Substring(start, markLength)), start, end, PriceBasis.One);
    }

    private static readonly System.Globalization.NumberFormatInfo CommaDecimal = new() { NumberDecimalSeparator = "," };

    private static readonly HashSet<string> IsoCodes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "INR", "KRW", "MXN",
        "BRL", "SGD", "HKD", "TWD", "ZAR", "TRY",
    };

    private static readonly (Regex Pattern, TriggerSet Guard)[] Unmarked =
    [
        (Labelled(), TriggerSet.Guard("@", "pric", "preis", "cost", "at")),
        (EachSuffix(), TriggerSet.Guard("ea", "/", "per", "apiece")),
    ];


    [GeneratedRegex(@"(?:@|\b(?:unit\s+)?price(?:\s+each)?\b\s*[:=]?|\bpreis\b\s*[:=]?|\brate\s*[:=]|\bcost\s*[:=])\s*(?<num>" + TextPatterns.Number + @")(?![\d%])|\bat\s+(?<num>\d+[.,]\d+)(?![\d%])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![\w.,-])(?<num>\d+[.,]\d+)\s*(?=each\b|ea\b|/\s*(?:pc|pcs|ea|piece|unit)\b|per\s+(?:piece|unit|pc)\b|apiece)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EachSuffix();

    [GeneratedRegex(@"^\s*(?:\+|pcs|pieces|units|pc\b|stk|off\b|weeks?|wks?|days?|months?|%|m\b|metres|meters|ft\b|kg\b|x\b|mm\b|or\s+more|and\s+(?:up|above))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NotAPrice();
}
