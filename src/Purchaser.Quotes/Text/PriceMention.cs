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

        for (var m = CurrencyMarks.Occurs(text) ? TextPatterns.MoneyToken().Match(text) : Match.Empty; m.Success; m = m.NextMatch())
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

    private static readonly (Regex Pattern, TriggerSet Guard)[] Unmarked =
    [
        (Labelled(), TriggerSet.Guard("@", "pric", "preis", "cost", "at")),
        (EachSuffix(), TriggerSet.Guard("ea", "/", "per", "apiece")),
    ];

    /// <summary>What <see cref="TextPatterns.MoneyToken"/> needs to find: a currency code, symbol or word.</summary>
    private static readonly TriggerSet CurrencyMarks = TriggerSet.Guard(
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "inr", "krw",
        "mxn", "brl", "sgd", "hkd", "twd", "zar", "try", "$", "€", "£", "¥", "￥", "rs", "₹", "₩", "fr.", "dollar", "yen", "yuan",
        "pound", "kr", "zł", "kč", "ft");

    [GeneratedRegex(@"(?:@|\b(?:unit\s+)?price(?:\s+each)?\b\s*[:=]?|\bpreis\b\s*[:=]?|\brate\s*[:=]|\bcost\s*[:=])\s*(?<num>" + TextPatterns.Number + @")(?![\d%])|\bat\s+(?<num>\d+[.,]\d+)(?![\d%])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"(?<![\w.,-])(?<num>\d+[.,]\d+)\s*(?=each\b|ea\b|/\s*(?:pc|pcs|ea|piece|unit)\b|per\s+(?:piece|unit|pc)\b|apiece)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex EachSuffix();

    [GeneratedRegex(@"^\s*(?:\+|pcs|pieces|units|pc\b|stk|off\b|weeks?|wks?|days?|months?|%|m\b|metres|meters|ft\b|kg\b|x\b|mm\b|or\s+more|and\s+(?:up|above))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex NotAPrice();
}
