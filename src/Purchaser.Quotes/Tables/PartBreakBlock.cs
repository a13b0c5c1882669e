using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// A price ladder set apart from the main table, headed by the part it prices (the main table says "see breaks"):
/// the tiers down the rows below ("BRG 6205-2RS | Qty | USD each" over "1-99 | 3.95", "100-499 | 3.48"), or across the
/// heading row itself ("FIT-316-G12-10 | EUR per 100 pcs | from 500 pcs | from 1,000 pcs" over one row of prices).
/// </summary>
internal static class PartBreakBlock
{
    /// <summary>Reads the block headed by row <paramref name="r"/>; returns how many rows it took (0 when it heads none).</summary>
    public static int Read(IReadOnlyList<IReadOnlyList<string>> rows, int r, DocumentContext context, QuoteFindings findings, DecimalStyle style, CurrencyCode? currency)
    {
        var heading = rows[r];
        if (Heads(heading, context) is not var (line, partColumn) || r + 1 >= rows.Count)
        {
            return 0;
        }

        var tiers = Down(rows, r, partColumn, line, context, style, out var used);
        if (tiers.Count < 2)
        {
            tiers = Across(heading, rows[r + 1], partColumn, line, context, style);
            used = tiers.Count >= 2 ? 1 : 0;
        }

        if (tiers.Count < 2)
        {
            return 0;
        }

        var finding = new LineFinding { LineNumber = line.LineNumber, Confidence = TableReader.Confidence };
        TableTiers.SetTiers(finding, tiers, currency, line);
        findings.Lines.Add(finding);
        return used;
    }

    /// <summary>The line a row heads: one cell names exactly one RFQ part, and the other cells are headings, not values.</summary>
    private static (RfqLine Line, int Column)? Heads(IReadOnlyList<string> row, DocumentContext context)
    {
        // Most rows are data: a price or a plain number in any cell says so before any part is looked for.
        foreach (var cell in row)
        {
            if (cell.Length > 0 && (TextPatterns.HasMoney(cell) || decimal.TryParse(cell, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }
        }

        (RfqLine, int)? found = null;
        var headings = 0;
        for (var c = 0; c < row.Count; c++)
        {
            if (row[c].Length == 0)
            {
                continue;
            }

            if (context.Matcher.FindParts(row[c]) is [var part] && found is null && context.Document.Rfq.FindLine(part.LineNumber) is { } line)
            {
                found = (line, c);
                continue;
            }

            headings++;
        }

        return headings >= 2 ? found : null;
    }

    private static List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)> Down(IReadOnlyList<IReadOnlyList<string>> rows, int r, int partColumn, RfqLine line, DocumentContext context, DecimalStyle style, out int used)
    {
        used = 0;
        var tiers = new List<(decimal, decimal, CurrencyCode?, string)>();
        var heading = rows[r];
        int quantityColumn = -1, priceColumn = -1;
        for (var c = 0; c < heading.Count; c++)
        {
            if (c == partColumn || heading[c].Length == 0)
            {
                continue;
            }

            var role = HeaderReader.Role(heading[c]);
            if (role == ColumnRole.Quantity && quantityColumn < 0)
            {
                quantityColumn = c;
            }
            else if ((role is ColumnRole.UnitPrice or ColumnRole.TierPrice || TableHeader.CurrencyIn(heading[c], context) is not null) && priceColumn < 0)
            {
                priceColumn = c;
            }
        }

        if (quantityColumn < 0 || priceColumn < 0)
        {
            return tiers;
        }

        var thousands = heading[quantityColumn].Contains("thousand", StringComparison.OrdinalIgnoreCase) || heading[quantityColumn].Contains("'000", StringComparison.Ordinal);
        var basis = TableHeader.BasisIn(heading[priceColumn]) ?? PriceBasis.One;
        var currency = TableHeader.CurrencyIn(heading[priceColumn], context);
        var packs = context.PacksFor(line);
        for (var k = r + 1; k < rows.Count; k++)
        {
            var row = rows[k];
            var quantityCell = quantityColumn < row.Count ? row[quantityColumn] : string.Empty;
            var priceCell = priceColumn < row.Count ? row[priceColumn] : string.Empty;
            if (TierHeader.MinQuantity(quantityCell) is not { } min || TableCells.ReadPrice(priceCell, context, style) is not { } mention
                || (mention.Basis == PriceBasis.One ? basis : mention.Basis).ToRfqUnit(mention.Amount, line, packs) is not { } price)
            {
                break;
            }

            tiers.Add((thousands ? min * 1000 : min, price, mention.Currency ?? currency, $"{quantityCell}: {priceCell}"));
            used++;
        }

        return tiers;
    }

    private static List<(decimal Min, decimal Price, CurrencyCode? Currency, string Source)> Across(IReadOnlyList<string> heading, IReadOnlyList<string> values, int partColumn, RfqLine line, DocumentContext context, DecimalStyle style)
    {
        var tiers = new List<(decimal, decimal, CurrencyCode?, string)>();
        PriceBasis? basis = null;
        CurrencyCode? currency = null;
        for (var c = 0; c < heading.Count; c++)
        {
            if (c != partColumn && heading[c].Length > 0 && TierHeader.MinQuantity(heading[c]) is null)
            {
                basis ??= TableHeader.BasisIn(heading[c]);
                currency ??= TableHeader.CurrencyIn(heading[c], context);
            }
        }

        var packs = context.PacksFor(line);
        for (var c = 0; c < Math.Min(heading.Count, values.Count); c++)
        {
            // A tier heading says it is one ("from 500 pcs", "500+"); a bare number could be any value.
            if (c == partColumn || !heading[c].Any(char.IsLetter) && !heading[c].Contains('+', StringComparison.Ordinal) || TierHeader.MinQuantity(heading[c]) is not { } min
                || TableCells.ReadPrice(values[c], context, style) is not { } mention
                || (mention.Basis == PriceBasis.One ? basis ?? PriceBasis.One : mention.Basis).ToRfqUnit(mention.Amount, line, packs) is not { } price)
            {
                continue;
            }

            tiers.Add((min, price, mention.Currency ?? currency, $"{heading[c]}: {values[c]}"));
        }

        return tiers;
    }
}
