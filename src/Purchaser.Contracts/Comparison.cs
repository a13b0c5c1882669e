namespace Purchaser.Contracts;

/// <summary>
/// The side-by-side comparison of an RFQ's quotes (<c>GET /api/v1/rfqs/{id}/comparison</c>): every RFQ line with each
/// attached vendor's offer from that vendor's latest revision, deviations beside the values they qualify.
/// </summary>
public sealed record RfqComparisonResource
{
    /// <summary>The RFQ compared.</summary>
    public required Guid RfqId { get; init; }

    /// <summary>The RFQ's number.</summary>
    public required string Number { get; init; }

    /// <summary>The RFQ's status.</summary>
    public required string Status { get; init; }

    /// <summary>The RFQ currency: offers are ranked within it only, as Purchaser converts no currencies.</summary>
    public required string Currency { get; init; }

    /// <summary>Every vendor attached to the RFQ, in the order they were attached; the columns of the comparison.</summary>
    public IReadOnlyList<ComparedVendorDto> Vendors { get; init; } = [];

    /// <summary>Every RFQ line, in line order; the rows of the comparison.</summary>
    public IReadOnlyList<ComparedLineDto> Lines { get; init; } = [];
}

/// <summary>One vendor's column: who, which revision is compared, and what holds for its whole quote.</summary>
public sealed record ComparedVendorDto
{
    /// <summary>The vendor.</summary>
    public required Guid VendorId { get; init; }

    /// <summary>The vendor's name.</summary>
    public required string Name { get; init; }

    /// <summary>Where the vendor stands on the RFQ: <c>invited</c>, <c>quoted</c>, <c>declined</c>...</summary>
    public required string InvitationStatus { get; init; }

    /// <summary>The vendor's quote; null until one is received.</summary>
    public Guid? QuoteId { get; init; }

    /// <summary>The revision compared (the latest), which an award names.</summary>
    public Guid? QuoteRevisionId { get; init; }

    /// <summary>The revision's number.</summary>
    public int? Revision { get; init; }

    /// <summary>When the revision was received.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>The revision's status: <c>parsed</c>, <c>partial</c>, <c>no-bid</c> or <c>unparseable</c>.</summary>
    public string? QuoteStatus { get; init; }

    /// <summary>Why the revision is unparseable or partial, when it is.</summary>
    public string? Reason { get; init; }

    /// <summary>The currency the vendor quoted in.</summary>
    public string? Currency { get; init; }

    /// <summary>The last day the prices hold.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Incoterms 2020 code.</summary>
    public string? Incoterms { get; init; }

    /// <summary>The sum of the priced lines' extended prices, when they share one currency.</summary>
    public MoneyDto? Total { get; init; }

    /// <summary>How many RFQ lines the vendor prices.</summary>
    public int LinesPriced { get; init; }

    /// <summary>Deviations of the quote as a whole (such as <c>validity-short</c> or <c>currency-differs</c>).</summary>
    public IReadOnlyList<QuoteDeviationDto> Deviations { get; init; } = [];
}

/// <summary>One RFQ line's row: what was asked and each vendor's offer.</summary>
public sealed record ComparedLineDto
{
    /// <summary>The RFQ line.</summary>
    public required int LineNumber { get; init; }

    /// <summary>The requested part number.</summary>
    public required string PartNumber { get; init; }

    /// <summary>The line's description.</summary>
    public string? Description { get; init; }

    /// <summary>The requested quantity.</summary>
    public required decimal Quantity { get; init; }

    /// <summary>The RFQ unit every price is per.</summary>
    public required string Unit { get; init; }

    /// <summary>When the parts are needed.</summary>
    public DateOnly? NeedBy { get; init; }

    /// <summary>One offer per vendor, in the order of <see cref="RfqComparisonResource.Vendors"/>.</summary>
    public IReadOnlyList<LineOfferDto> Offers { get; init; } = [];

    /// <summary>The vendor with the lowest unit price in the RFQ currency, when one is lowest alone.</summary>
    public Guid? LowestVendorId { get; init; }

    /// <summary>The vendor the line is awarded to, once it is.</summary>
    public Guid? AwardedVendorId { get; init; }
}

/// <summary>One vendor's offer for one RFQ line.</summary>
public sealed record LineOfferDto
{
    /// <summary>The vendor.</summary>
    public required Guid VendorId { get; init; }

    /// <summary>
    /// <c>priced</c>; <c>no-bid</c> (declined); <c>missing</c> (the vendor's quote leaves the line out); or
    /// <c>awaiting</c> (no quote from the vendor yet).
    /// </summary>
    public required string Status { get; init; }

    /// <summary>The vendor's normalized answer for the line (price per RFQ unit, lead time, MOQ, breaks, sources...); null unless priced or declined.</summary>
    public QuotedLineDto? Line { get; init; }

    /// <summary>The unit price times the quoted quantity (or the requested one when none is quoted).</summary>
    public MoneyDto? ExtendedPrice { get; init; }

    /// <summary>This line's deviations in the vendor's quote: scope differences to weigh before awarding.</summary>
    public IReadOnlyList<QuoteDeviationDto> Deviations { get; init; } = [];

    /// <summary>Whether this is the line's lowest price in the RFQ currency.</summary>
    public bool Lowest { get; init; }

    /// <summary>Whether the line is awarded to this vendor.</summary>
    public bool Awarded { get; init; }
}
