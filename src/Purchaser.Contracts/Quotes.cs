namespace Purchaser.Contracts;

/// <summary>A lower unit price from a minimum quantity on.</summary>
/// <param name="MinQuantity">The smallest quantity in the RFQ unit.</param>
/// <param name="UnitPrice">The price per RFQ unit.</param>
public sealed record PriceBreakDto(decimal MinQuantity, MoneyDto UnitPrice);

/// <summary>A vendor's normalized answer for one RFQ line.</summary>
public sealed record QuotedLineDto
{
    /// <summary>The RFQ line answered.</summary>
    public int LineNumber { get; init; }

    /// <summary>Whether the line is declined.</summary>
    public bool NoBid { get; init; }

    /// <summary>Price per one RFQ unit.</summary>
    public MoneyDto? UnitPrice { get; init; }

    /// <summary>Quoted quantity when it differs from the requested one.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Lead time in calendar days.</summary>
    public int? LeadTimeDays { get; init; }

    /// <summary>Minimum order quantity in the RFQ unit.</summary>
    public decimal? Moq { get; init; }

    /// <summary>Lower prices for larger quantities.</summary>
    public IReadOnlyList<PriceBreakDto> PriceBreaks { get; init; } = [];

    /// <summary>The vendor's alternate part number.</summary>
    public string? AlternatePartNumber { get; init; }

    /// <summary>Remarks.</summary>
    public string? Notes { get; init; }

    /// <summary>How sure the reading is, from 0 to 1, when the line was read from a message; null when typed in.</summary>
    public double? Confidence { get; init; }

    /// <summary>Where each value was read, keyed by field name (<c>unitPrice</c>, <c>leadTimeDays</c>...).</summary>
    public IReadOnlyDictionary<string, SourceSpanDto> Sources { get; init; } = new Dictionary<string, SourceSpanDto>();
}

/// <summary>Where an extracted value was read.</summary>
/// <param name="Part"><c>body</c>, or <c>attachment:</c> and the file name.</param>
/// <param name="Text">The vendor's text the value was read from.</param>
public sealed record SourceSpanDto(string Part, string Text);

/// <summary>A way the quote departs from the RFQ.</summary>
/// <param name="LineNumber">The RFQ line, or null for the whole quote.</param>
/// <param name="Kind">A stable kind such as <c>quantity-differs</c>.</param>
/// <param name="Detail">What differs.</param>
public sealed record QuoteDeviationDto(int? LineNumber, string Kind, string Detail);

/// <summary>The normalized quote: the same shape in <c>parse-quote</c> output, the REST quote resource and <c>quote.received</c>.</summary>
public sealed record NormalizedQuoteDto
{
    /// <summary>The sender's address, when the quote came by email.</summary>
    public string? VendorEmail { get; init; }

    /// <summary><c>parsed</c>, <c>partial</c>, <c>no-bid</c> or <c>unparseable</c>.</summary>
    public required string Status { get; init; }

    /// <summary>ISO 4217 code the vendor quoted in.</summary>
    public string? Currency { get; init; }

    /// <summary>The last day the prices hold.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Incoterms 2020 code.</summary>
    public string? Incoterms { get; init; }

    /// <summary>One entry per RFQ line answered.</summary>
    public IReadOnlyList<QuotedLineDto> Lines { get; init; } = [];

    /// <summary>Deviations from the RFQ.</summary>
    public IReadOnlyList<QuoteDeviationDto> Deviations { get; init; } = [];

    /// <summary>
    /// What the reply is when it was read from a message: <c>quote</c>, <c>revised-quote</c>, <c>no-bid</c>,
    /// <c>question</c> or <c>other</c>; null for a quote typed in.
    /// </summary>
    public string? Classification { get; init; }
}

/// <summary>A quote line entered by hand.</summary>
public sealed record RecordQuoteLineRequest
{
    /// <summary>The RFQ line answered.</summary>
    public int LineNumber { get; init; }

    /// <summary>Whether the line is declined.</summary>
    public bool NoBid { get; init; }

    /// <summary>Price per RFQ unit in the quote's currency; required unless <see cref="NoBid"/>.</summary>
    public decimal? UnitPrice { get; init; }

    /// <summary>Quoted quantity when it differs.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Lead time in calendar days.</summary>
    public int? LeadTimeDays { get; init; }

    /// <summary>Minimum order quantity.</summary>
    public decimal? Moq { get; init; }

    /// <summary>The vendor's alternate part number.</summary>
    public string? AlternatePartNumber { get; init; }

    /// <summary>Remarks.</summary>
    public string? Notes { get; init; }
}

/// <summary>Body of <c>POST /api/v1/rfqs/{id}/quotes</c>: a quote received outside email (phone, portal).</summary>
public sealed record RecordQuoteRequest
{
    /// <summary>The quoting vendor, attached to the RFQ.</summary>
    public Guid? VendorId { get; init; }

    /// <summary>ISO 4217 code of the prices; the RFQ currency when omitted.</summary>
    public string? Currency { get; init; }

    /// <summary>The last day the prices hold.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>Incoterms 2020 code.</summary>
    public string? Incoterms { get; init; }

    /// <summary>The answered lines.</summary>
    public IReadOnlyList<RecordQuoteLineRequest>? Lines { get; init; }
}

/// <summary>One revision of a vendor's quote.</summary>
public sealed record QuoteResource
{
    /// <summary>The vendor's quote on this RFQ.</summary>
    public required Guid QuoteId { get; init; }

    /// <summary>This revision's identifier, named by awards.</summary>
    public required Guid QuoteRevisionId { get; init; }

    /// <summary>The RFQ answered.</summary>
    public required Guid RfqId { get; init; }

    /// <summary>The quoting vendor.</summary>
    public required Guid VendorId { get; init; }

    /// <summary>1, 2, 3...</summary>
    public required int Revision { get; init; }

    /// <summary>When received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary><c>manual</c> or <c>email</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The email's Message-ID, when it came by email.</summary>
    public string? MessageId { get; init; }

    /// <summary>The stored inbound message it was read from (<c>GET /api/v1/inbound/messages/{id}</c>), when it came by email.</summary>
    public Guid? InboundMessageId { get; init; }

    /// <summary>The normalized quote.</summary>
    public required NormalizedQuoteDto Quote { get; init; }
}
