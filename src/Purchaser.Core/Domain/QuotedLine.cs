namespace Purchaser.Domain;

/// <summary>A vendor's normalized answer for one RFQ line.</summary>
public sealed record QuotedLine
{
    /// <summary>The RFQ line answered.</summary>
    public required int LineNumber { get; init; }

    /// <summary>Whether the vendor declines this line.</summary>
    public bool NoBid { get; init; }

    /// <summary>Price per one RFQ unit, after every conversion the reply states.</summary>
    public Money? UnitPrice { get; init; }

    /// <summary>The quoted quantity in the RFQ unit when it differs from the requested one; null means as requested.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Lead time in calendar days.</summary>
    public int? LeadTimeDays { get; init; }

    /// <summary>Minimum order quantity in the RFQ unit.</summary>
    public decimal? Moq { get; init; }

    /// <summary>Lower prices for larger quantities.</summary>
    public IReadOnlyList<PriceBreak> PriceBreaks { get; init; } = [];

    /// <summary>The vendor's part number when it offers something other than the requested part.</summary>
    public string? AlternatePartNumber { get; init; }

    /// <summary>Free-text remarks for the line.</summary>
    public string? Notes { get; init; }

    /// <summary>How sure the reading is, from 0 to 1, when the line was read from a message; null when typed in.</summary>
    public double? Confidence { get; init; }

    /// <summary>Where each value was read, keyed by the field's wire name (<c>unitPrice</c>, <c>leadTimeDays</c>...).</summary>
    public IReadOnlyDictionary<string, SourceSpan> Sources { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, SourceSpan>.Empty;
}
