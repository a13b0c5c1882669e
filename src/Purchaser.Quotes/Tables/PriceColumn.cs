using System.Text.RegularExpressions;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// What a table's price column says of every price under it: where it stands, its currency and basis from the header,
/// whether a discount column takes off its list price, and whether each price buys its row's whole lot.
/// </summary>
internal sealed partial record PriceColumn(int Index, CurrencyCode? Currency, PriceBasis? Basis, bool Discounted, bool LotPriced)
{
    /// <summary>The column at <paramref name="index"/> of <paramref name="header"/> (-1 when the table has none).</summary>
    public static PriceColumn Of(int index, IReadOnlyList<string> header, ColumnRole[] roles, DocumentContext context) =>
        index < 0
            ? new PriceColumn(index, null, context.StatedBasis, false, false)
            : new PriceColumn(
                index,
                TableHeader.CurrencyIn(header[index], context),
                TableHeader.BasisIn(header[index]) ?? context.StatedBasis,
                // A discount column takes off the price column's list price; a price column already net is left as it is.
                Array.IndexOf(roles, ColumnRole.Discount) >= 0 && !NetPriceHeader().IsMatch(header[index]),
                // "Lot qty | Lot price": each row's price buys its quantity, not one unit.
                LotPriceHeader().IsMatch(header[index]));

    /// <summary>
    /// "Prijs per verp. | Prijs per stuk": a row priced in another price column and not in this one is read from the one it
    /// fills, with that column's currency and basis.
    /// </summary>
    public PriceColumn For(IReadOnlyList<string> row, IReadOnlyList<string> header, ColumnRole[] roles, DocumentContext context)
    {
        if (Index < 0 || (Index < row.Count && row[Index].Length > 0))
        {
            return this;
        }

        for (var i = 0; i < Math.Min(roles.Length, row.Count); i++)
        {
            if (i != Index && roles[i] == ColumnRole.UnitPrice && row[i].Length > 0)
            {
                return this with { Index = i, Basis = TableHeader.BasisIn(header[i]) ?? context.StatedBasis, Currency = TableHeader.CurrencyIn(header[i], context) ?? Currency };
            }
        }

        return this;
    }

    [GeneratedRegex(@"\bnet(?:t|to)?\b|\bnetto\w*|\bnet\s+price", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NetPriceHeader();

    [GeneratedRegex(@"\b(?:lot|batch|los|lote|lotto)\s*(?:price|total|value|preis|precio|prezzo|prix|betrag)\b|\bprice\s+(?:per|for\s+(?:the\s+)?)(?:lot|batch)\b|\bprix\s+du\s+lot\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LotPriceHeader();
}
