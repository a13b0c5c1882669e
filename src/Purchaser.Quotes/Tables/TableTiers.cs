using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Price breaks in tables: a row that only adds a tier to the row above it, tier columns ("1k+", "5k+"), and the ladder
/// that becomes a line's price (the tier its quantity falls in) and its breaks.
/// </summary>
internal static class TableTiers
{
    /// <summary>
    /// A row under an item with only a quantity and a price is one of its price breaks; the item's own row then was the
    /// first tier, so its quantity is a tier minimum, not a quoted quantity.
    /// </summary>
    internal static bool BreakRow(LineFinding finding, RfqLine line, IReadOnlyList<string> row, ColumnRole[] roles, int priceColumn, DocumentContext context, DecimalStyle style)
    {
        // A "Qty break" column says where each tier starts; a plain quantity column does too on a row of its own.
        var qtyColumn = Array.IndexOf(roles, ColumnRole.BreakQuantity) is >= 0 and var breakColumn ? breakColumn : Array.IndexOf(roles, ColumnRole.Quantity);
        if (qtyColumn < 0 || priceColumn < 0 || qtyColumn >= row.Count || priceColumn >= row.Count || finding.UnitPrice is null)
        {
            return false;
        }

        // The item's description wrapped onto the break's row ("6.3 mm OD x 30 mm free length") names no other line.
        var others = Enumerable.Range(0, row.Count).Where(i => i != qtyColumn && i != priceColumn && row[i].Length > 0 && roles.ElementAtOrDefault(i) is not (ColumnRole.Total or ColumnRole.Currency or ColumnRole.Unit or ColumnRole.PriceUnit)
            && !(roles.ElementAtOrDefault(i) is ColumnRole.Description && context.Matcher.Find(row[i]).Count == 0 && !TextPatterns.HasMoney(row[i])));
        if (others.Any())
        {
            return false;
        }

        var packs = context.PacksForRow(line, row);
        // A basis column beside the break's price ("$19.90 | M") says what the price buys, as on the item's own row.
        var basisCell = Array.IndexOf(roles, ColumnRole.PriceUnit) is >= 0 and var basisColumn && basisColumn < row.Count ? row[basisColumn] : string.Empty;
        if (TableCells.ReadQuantity(row[qtyColumn], string.Empty, line, packs, style) is not { } min || TableCells.ReadPrice(row[priceColumn], context, style) is not { } mention
            || (PriceBasis.ReadCell(basisCell) ?? mention.Basis).ToRfqUnit(mention.Amount, line, packs) is not { } price)
        {
            return false;
        }

        // Only where the quantity column holds the breaks was the item's own quantity its first tier.
        if (roles[qtyColumn] != ColumnRole.BreakQuantity && finding.Quantity is { } first && first < min)
        {
            finding.BaseMinimum = first;
            finding.Quantity = null;
            finding.Sources.Remove(QuoteFields.Quantity);
        }

        finding.PriceBreaks.Add(new(min, price));
        finding.Source(QuoteFields.PriceBreaks, $"{row[qtyColumn]}: {row[priceColumn]}");
        ApplyBreaks(finding, line);
        return true;
    }

    /// <summary>Reads price-break columns: the lowest tier is the base price, the rest become breaks.</summary>
    internal static void ReadTiers(LineFinding finding, IReadOnlyList<string> row, IReadOnlyList<string> header, ColumnRole[] roles, RfqLine line, DocumentContext context, DecimalStyle style, CurrencyCode? columnCurrency)
    {
        if (finding.UnitPrice is not null || finding.NoBid)
        {
            return;
        }

        var packs = context.PacksForRow(line, row);
        var tiers = new List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)>();
        for (var i = 0; i < Math.Min(Math.Min(row.Count, roles.Length), header.Count); i++)
        {
            if (roles[i] == ColumnRole.TierPrice && TierHeader.MinQuantity(header[i]) is { } min && TableCells.ReadPrice(row[i], context, style) is { } mention
                && (mention.Basis != PriceBasis.One ? mention.Basis : TierBasis(header, roles) ?? context.StatedBasis ?? PriceBasis.One).ToRfqUnit(mention.Amount, line, packs) is { } price)
            {
                tiers.Add((min, price, mention.Currency, $"{header[i]}: {row[i]}"));
            }
        }

        if (tiers.Count > 0)
        {
            SetTiers(finding, tiers, columnCurrency, line);
            return;
        }

        // "N/Q" under every quantity column: the row declines the line.
        var tierCells = Enumerable.Range(0, Math.Min(row.Count, roles.Length)).Where(i => roles[i] == ColumnRole.TierPrice && row[i].Trim().Length > 0).Select(i => row[i].Trim()).ToList();
        if (tierCells.Count > 0 && tierCells.TrueForAll(TextPatterns.IsNoBid))
        {
            finding.NoBid = true;
            finding.NoBidReason = tierCells[0];
            finding.Source(QuoteFields.NoBid, tierCells[0]);
        }
    }

    // "Unit Price (US$ / 1,000 pcs)" over the tier columns: the basis their group header states.
    private static PriceBasis? TierBasis(IReadOnlyList<string> header, ColumnRole[] roles)
    {
        for (var i = 0; i < Math.Min(header.Count, roles.Length); i++)
        {
            if (roles[i] == ColumnRole.TierPrice && TableHeader.BasisIn(header[i]) is { } basis)
            {
                return basis;
            }
        }

        return null;
    }

    /// <summary>
    /// Columns in numbered pairs, each a break's quantity beside its price ("Brk Qty 1 | Price 1 | Brk Qty 2 | Price 2"):
    /// the pairs, when there are at least two; otherwise none.
    /// </summary>
    internal static List<(int Quantity, int Price)> QuantityPricePairs(ColumnRole[] roles)
    {
        var pairs = new List<(int, int)>();
        for (var i = 0; i + 1 < roles.Length; i++)
        {
            if (roles[i] is ColumnRole.BreakQuantity && roles[i + 1] is ColumnRole.UnitPrice or ColumnRole.BreakPrice or ColumnRole.TierPrice)
            {
                pairs.Add((i, i + 1));
                i++;
            }
        }

        return pairs.Count >= 2 ? pairs : [];
    }

    /// <summary>A row's ladder read from its quantity and price pairs; the row keeps its own reading when no pair holds both.</summary>
    internal static void ReadPairs(LineFinding finding, IReadOnlyList<string> row, List<(int Quantity, int Price)> pairs, RfqLine line, DocumentContext context, DecimalStyle style, CurrencyCode? columnCurrency)
    {
        var packs = context.PacksForRow(line, row);
        var tiers = new List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)>();
        foreach (var (q, p) in pairs)
        {
            if (p < row.Count && TableCells.ReadQuantity(row[q], string.Empty, line, packs, style) is { } min
                && TableCells.ReadPrice(row[p], context, style) is { } mention && mention.Basis.ToRfqUnit(mention.Amount, line, packs) is { } price)
            {
                tiers.Add((min, price, mention.Currency, $"{row[q]}: {row[p]}"));
            }
        }

        if (tiers.Count > 0)
        {
            finding.PriceBreaks.Clear();
            finding.Sources.Remove(QuoteFields.UnitPrice);
            SetTiers(finding, tiers, finding.Currency ?? columnCurrency, line);
        }
    }

    /// <summary>
    /// Prices <paramref name="finding"/> from a ladder (each tier's minimum quantity, price per RFQ unit, currency and
    /// the text it was read from): the lowest tier is the base price, the others are breaks, and the tier for the
    /// quantity bought becomes the price.
    /// </summary>
    internal static void SetTiers(LineFinding finding, List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)> tiers, CurrencyCode? currency, RfqLine line)
    {
        tiers.Sort((a, b) => a.Min.CompareTo(b.Min));
        finding.UnitPrice = tiers[0].Price;
        finding.BaseMinimum = tiers[0].Min;
        finding.Currency = tiers[0].Currency ?? currency;
        finding.Source(QuoteFields.UnitPrice, tiers[0].Source);
        foreach (var tier in tiers.Skip(1))
        {
            finding.PriceBreaks.Add(new(tier.Min, tier.Price));
        }

        finding.Source(QuoteFields.PriceBreaks, string.Join("; ", tiers.Skip(1).Select(t => t.Source)));
        finding.NoBid = false;
        ApplyBreaks(finding, line);
    }

    /// <summary>Makes the unit price the tier that applies to the quantity bought.</summary>
    internal static void ApplyBreaks(LineFinding finding, RfqLine line)
    {
        if (finding.UnitPrice is not { } basePrice || finding.PriceBreaks.Count == 0)
        {
            return;
        }

        var quantity = finding.Quantity ?? line.Quantity;
        var applicable = finding.PriceBreaks.Where(b => b.MinQuantity <= quantity).OrderByDescending(b => b.MinQuantity).FirstOrDefault();
        if (applicable != default && applicable.UnitPrice < basePrice)
        {
            finding.PriceBreaks.Remove(applicable);

            // The price it replaces stays among the tiers offered: it is what a smaller order would pay.
            var baseMinimum = finding.BaseMinimum ?? 1;
            if (baseMinimum < applicable.MinQuantity && !finding.PriceBreaks.Any(b => b.MinQuantity == baseMinimum))
            {
                finding.PriceBreaks.Add(new(baseMinimum, basePrice));
            }

            finding.BaseMinimum = applicable.MinQuantity;
            finding.UnitPrice = applicable.UnitPrice;
            if (finding.Sources.TryGetValue(QuoteFields.PriceBreaks, out var tiers))
            {
                finding.Sources[QuoteFields.UnitPrice] = tiers;
            }
        }
    }
}
