using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Recognizes price-break columns whose header is the tier's quantity: "Qty 100 | 500 | 1000", "1-99 | 100-499 | 500+",
/// "@1k", "ab 1.000 Stk". A lone quantity header is ordinary, so only a row with two or more tiers counts.
/// </summary>
internal static partial class TierHeader
{
    /// <summary>The tier's minimum quantity, or null when <paramref name="header"/> is not a tier.</summary>
    public static decimal? MinQuantity(string header)
    {
        if (!TextPatterns.HasDigit(header))
        {
            return null;
        }

        var trimmed = header.Trim();
        var m = Tier().Match(trimmed);
        // "Unit Price (US$ / 1,000 pcs) 5K - 9.9K pcs", "Staffelpreise CHF/m ab 305 m": a tier under a price group, joined
        // with the group's header.
        if (!m.Success && PriceWord().Match(trimmed) is { Success: true } price)
        {
            for (var at = trimmed.IndexOf(' ', price.Index); !m.Success && at > 0; at = trimmed.IndexOf(' ', at + 1))
            {
                m = Tier().Match(trimmed, at + 1);
            }
        }

        // A tier starts at a whole count: "1.000+" and "1,000+" are a thousand in either convention.
        if (!m.Success || !NumberParser.TryParseCount(m.Groups["n"].Value, DecimalStyle.Unknown, out var n) || n <= 0)
        {
            return null;
        }

        return m.Groups["k"].Success ? n * 1000 : n;
    }

    /// <summary>Marks the tier columns of <paramref name="header"/> in <paramref name="roles"/> when there are at least two.</summary>
    public static void Mark(IReadOnlyList<string> header, ColumnRole[] roles)
    {
        var tiers = Enumerable.Range(0, Math.Min(header.Count, roles.Length)).Where(i => roles[i] is ColumnRole.Quantity or ColumnRole.Unknown or ColumnRole.UnitPrice && MinQuantity(header[i]) is not null).ToList();
        if (tiers.Count < 2)
        {
            return;
        }

        foreach (var i in tiers)
        {
            roles[i] = ColumnRole.TierPrice;
        }
    }

    [GeneratedRegex(@"\G(?:(?:qty|quantity|menge|qté|price|unit\s+price|preis|prix|ab|from|@|>=?|≥)\.?\s*(?:\(?(?:usd|eur|gbp|chf|cad|[$€£])\)?\s*)?:?\s*)?@?\s*(?<n>\d{1,3}(?:[,.' ]\d{3})+|\d{1,7})\s*(?<k>k\b)?\s*(?:(?:-|–|to)\s*\d[\d,.' ]*\s*k?)?\s*\+?\s*(?:pcs|pc|ea|units?|stk\.?|st\.?|pieces|m|kg|ft|sets?)?\s*(?:\+|up|and\s+up|or\s+more)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Tier();

    [GeneratedRegex(@"price|preis|prix|precio|prezz", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PriceWord();
}
