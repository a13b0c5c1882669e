using System.Text.RegularExpressions;
using Purchaser.Domain;
using Purchaser.Quotes.Extraction;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tables;

/// <summary>
/// Reads one table cell as what its column holds: a price with its basis, a quantity in the RFQ line's unit, a plain
/// count, a discount percentage, a break's minimum quantity.
/// </summary>
internal static partial class TableCells
{
    // "40%", "40 %", "40", "-40%": a discount between 0 and 100 percent.
    internal static decimal? Percent(string cell)
    {
        var text = cell.Trim().TrimStart('-', '−').TrimEnd('%').Trim();
        return NumberParser.TryParse(text, DecimalStyle.Unknown, out var percent) && percent is > 0 and < 100 ? percent : null;
    }

    // Two amounts or a minimum in one cell; a plain price cell ("USD 12.50", "3.890,00") has neither and costs no pattern.
    internal static bool StackedPriceCell(string cell) =>
        cell.Length > 12 && cell.AsSpan().Trim().Contains(' ')
        && (cell.Contains("moq", StringComparison.OrdinalIgnoreCase) || cell.Contains("min", StringComparison.OrdinalIgnoreCase) || TextPatterns.MoneyToken().Count(cell) > 1
            || FromQuantityLabel().IsMatch(cell));

    // "37,20 / pc (from 300 pcs: 36,00 / pc)": a second price labelled with the quantity it starts at.
    [GeneratedRegex(@"\b(?:from|ab|above|over|vanaf|dès|desde|da)\s+\d[\d.,' ]*\s*(?:pcs|pieces|units|pc|ea|stk|st|sets?|kits?|m|kg)?\.?\s*[:=]\s*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FromQuantityLabel();

    internal static decimal? BreakQuantityIn(string text, DecimalStyle style)
    {
        var m = BreakQuantityPattern().Match(text);
        return m.Success && NumberParser.TryParse(m.Groups["n"].Value, style, out var n) ? n : null;
    }

    internal static PriceBasis WithUnit(PriceBasis basis, string unitCell) =>
        basis.Unit is null && UnitWords.Read(unitCell) is { } unit ? basis with { Unit = unit } : basis;

    internal static PriceMention? ReadPrice(string cell, DocumentContext context, DecimalStyle style)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        if (PriceFinder.LastInCell(cell, context.Currencies, style) is { } mention)
        {
            return mention;
        }

        var m = LeadingNumber().Match(cell);
        if (m.Success && NumberParser.TryParse(m.Groups["n"].Value, style, out var amount) && amount > 0)
        {
            var basis = PriceBasis.ReadAfter(cell[(m.Index + m.Length)..], out _) ?? PriceBasis.One;
            return new PriceMention(amount, null, m.Index, m.Index + m.Length, basis);
        }

        return null;
    }

    internal static decimal? ReadQuantity(string cell, string unitCell, RfqLine line, PackSizes packs, DecimalStyle style) =>
        ReadQuantity(cell, unitCell, line, packs, style, out _);

    /// <summary>
    /// The quantity a cell states in the RFQ line's unit; <paramref name="inOwnUnit"/> tells whether it was counted in a
    /// unit the cell writes itself and converted from it: one that is no package ("2,000 pcs", "800 m"), or a package of
    /// known size ("100 sacos" beside "saco de 25 kg").
    /// </summary>
    internal static decimal? ReadQuantity(string cell, string unitCell, RfqLine line, PackSizes packs, DecimalStyle style, out bool inOwnUnit)
    {
        inOwnUnit = false;
        if (unitCell.Length == 0 && PlainCount(cell) is { } count)
        {
            return count > 0 ? count : null;
        }

        // "1 500 m": in a quantity cell, digit groups split by spaces are one number (French and ISO grouping).
        cell = cell.AsSpan().IndexOfAny(GroupSpaces) < 0 ? cell : SpaceGroupedInteger().Replace(cell, g => g.Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal));
        var m = LeadingNumber().Match(cell);
        if (!m.Success || !NumberParser.TryParse(m.Groups["n"].Value, style, out var n) || n <= 0)
        {
            return null;
        }

        var unitText = cell[(m.Index + m.Length)..].Trim();
        var ownUnit = UnitWords.Read(unitText.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        inOwnUnit = ownUnit is { } written && (!written.IsPackage || packs.For(written.Word) is not null);
        var unit = ownUnit ?? UnitWords.Read(unitCell);
        if (unit is null || UnitWords.Read(line.Unit.Code) is { } own && own.Word == unit.Value.Word)
        {
            return n;
        }

        var rfqBase = UnitWords.BaseFactor(line.Unit, packs);
        var rfqKind = line.Unit.Kind == UnitKind.Package ? UnitKind.Count : line.Unit.Kind;
        if (unit.Value.IsPackage)
        {
            return packs.For(unit.Value.Word) is { } size && rfqBase is { } b ? PriceBasis.Round(n * size / b) : n;
        }

        if (unit.Value.Kind == UnitKind.Length && rfqKind == UnitKind.Count && unitText.StartsWith('M'))
        {
            return n * 1000;
        }

        if (unit.Value.Kind != rfqKind || rfqBase is not { } perRfq)
        {
            return null;
        }

        return PriceBasis.Round(n * unit.Value.Factor / perRfq);
    }

    /// <summary>A cell of nothing but up to nine digits ("500"), which every reading takes as that count.</summary>
    internal static decimal? PlainCount(string cell)
    {
        var digits = cell.AsSpan().Trim();
        return digits.Length is > 0 and <= 9 && !digits.ContainsAnyExceptInRange('0', '9') ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    // "1000 Units", "100 pcs": a unit cell counting a multiple of the unit; null for a plain unit ("EA", "pcs", "1 pc").
    // "Bag of 1000", "Bag (500)", "Coil (50 m)": a package cell stating its content in the RFQ line's unit counts that too.
    internal static int? UnitMultiple(string unitCell, RfqLine line)
    {
        if (unitCell.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        var m = UnitMultiplePattern().Match(unitCell);
        if (!m.Success)
        {
            m = PackageOfPattern().Match(unitCell);
            if (!m.Success || (m.Groups["u"].Success && UnitWords.Read(m.Groups["u"].Value) is { } stated
                && (UnitWords.Read(line.Unit.Code) is not { } own || own.Word != stated.Word) && !(stated.Kind == UnitKind.Count && line.Unit.Kind == UnitKind.Count)))
            {
                return null;
            }
        }

        return int.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 1 ? n : null;
    }

    [GeneratedRegex(@"^\s*(?:" + UnitWords.Packages + @")\s*(?:(?:of|de|com|con|von|mit|à)\s+|\(\s*)(?<n>\d{1,3}(?:,\d{3})*|\d+)\s*(?<u>[a-z]+)?\s*\)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PackageOfPattern();

    [GeneratedRegex(@"^\s*(?<n>10{1,4}|1,000)\s+(?:units?|pcs|pieces|ea|stk|st)\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UnitMultiplePattern();

    // A count with no unit of its own, or a range of them ("2-3", "4 – 6", "2 to 3"), under a header that names the unit:
    // a range counts its upper bound.
    internal static int? BareCountOrRange(string cell)
    {
        var m = BareRange().Match(cell);
        return m.Success && int.TryParse(m.Groups["to"].Success ? m.Groups["to"].Value : m.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,4})(?:\s*(?:-|–|—|to|bis|à|a)\s*(?<to>\d{1,4}))?\s*$", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BareRange();

    private static readonly System.Buffers.SearchValues<char> GroupSpaces = System.Buffers.SearchValues.Create(" \u00A0\u202F");

    [GeneratedRegex(@"^\s*[^\d]{0,4}?(?<n>" + TextPatterns.Number + @")", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\s*\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?![\d.,])", RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SpaceGroupedInteger();

    [GeneratedRegex(@"(?<n>" + TextPatterns.Number + @")\s*\+|(?:from|above|over|>=?|≥)\s*(?<n>" + TextPatterns.Number + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BreakQuantityPattern();
}
