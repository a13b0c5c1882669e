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
        for (var m = TextPatterns.MoneyToken().Match(text); m.Success; m = m.NextMatch())
        {
            if (!NumberParser.TryParse(m.Groups["num"].ValueSpan, style, out var amount) || amount <= 0)
            {
                continue;
            }

            var end = m.Index + m.Length;
            var basis = PriceBasis.ReadAfter(text, end, out var used) ?? PriceBasis.One;
            found.Add(new PriceMention(amount, currencies.Resolve(m.Groups["cur"].Value), m.Index, end + used, basis));
        }

        foreach (var regex in Unmarked)
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
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

    private static readonly Regex[] Unmarked = [Labelled(), EachSuffix()];

    [GeneratedRegex(@"(?:@|\b(?:unit\s+)?price(?:\s+each)?\b\s*[:=]?|\bpreis\b\s*[:=]?|\brate\s*[:=]|\bcost\s*[:=])\s*(?<num>" + TextPatterns.Number + @")(?![\d%])|\bat\s+(?<num>\d+[.,]\d+)(?![\d%])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![\w.,-])(?<num>\d+[.,]\d+)\s*(?=each\b|ea\b|/\s*(?:pc|pcs|ea|piece|unit)\b|per\s+(?:piece|unit|pc)\b|apiece)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex EachSuffix();

    [GeneratedRegex(@"^\s*(?:\+|pcs|pieces|units|pc\b|stk|off\b|weeks?|wks?|days?|months?|%|m\b|metres|meters|ft\b|kg\b|x\b|mm\b|or\s+more|and\s+(?:up|above))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex NotAPrice();
}
