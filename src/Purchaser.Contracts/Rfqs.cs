namespace Purchaser.Contracts;

/// <summary>A requested item, as sent and returned by the REST API.</summary>
public sealed record RfqLineDto
{
    /// <summary>Unique within the RFQ, 1 or more.</summary>
    public int LineNumber { get; init; }

    /// <summary>The buyer's part number.</summary>
    public string? PartNumber { get; init; }

    /// <summary>What is requested.</summary>
    public string? Description { get; init; }

    /// <summary>Requested quantity, greater than zero.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Unit of measure code such as <c>EA</c>, <c>M</c>, <c>KG</c>.</summary>
    public string? Unit { get; init; }

    /// <summary>The date the goods are needed.</summary>
    public DateOnly? NeedBy { get; init; }
}

/// <summary>Body of <c>POST /api/v1/rfqs</c>.</summary>
public sealed record CreateRfqRequest
{
    /// <summary>The ERP's reference, such as its sales order number.</summary>
    public string? Reference { get; init; }

    /// <summary>A short title.</summary>
    public string? Title { get; init; }

    /// <summary>ISO 4217 code of the currency prices are wanted in.</summary>
    public string? Currency { get; init; }

    /// <summary>When responses are due.</summary>
    public DateTimeOffset? ResponseDueAt { get; init; }

    /// <summary>A vendor list to attach straight away.</summary>
    public Guid? VendorListId { get; init; }

    /// <summary>The requested items; at least one.</summary>
    public IReadOnlyList<RfqLineDto>? Lines { get; init; }
}

/// <summary>Body of <c>PUT /api/v1/rfqs/{id}/lines</c>.</summary>
public sealed record ReplaceRfqLinesRequest
{
    /// <summary>The new complete set of lines.</summary>
    public IReadOnlyList<RfqLineDto>? Lines { get; init; }
}

/// <summary>Body of <c>POST /api/v1/rfqs/{id}/vendors</c>: a vendor list, vendor ids, or both.</summary>
public sealed record AttachVendorsRequest
{
    /// <summary>Attach every vendor on this list.</summary>
    public Guid? VendorListId { get; init; }

    /// <summary>Attach these vendors.</summary>
    public IReadOnlyList<Guid>? VendorIds { get; init; }
}

/// <summary>Body of <c>POST /api/v1/rfqs/{id}/cancel</c>.</summary>
public sealed record CancelRfqRequest
{
    /// <summary>Why the RFQ is abandoned.</summary>
    public string? Reason { get; init; }
}

/// <summary>One line of a per-line award.</summary>
public sealed record AwardLineRequest
{
    /// <summary>The RFQ line awarded.</summary>
    public int LineNumber { get; init; }

    /// <summary>The winning vendor.</summary>
    public Guid? VendorId { get; init; }

    /// <summary>The quote revision whose price is accepted.</summary>
    public Guid? QuoteRevisionId { get; init; }

    /// <summary>The awarded quantity; the requested quantity when omitted.</summary>
    public decimal? Quantity { get; init; }
}

/// <summary>Body of <c>POST /api/v1/rfqs/{id}/award</c>: either the whole RFQ to one vendor, or <see cref="Lines"/>.</summary>
public sealed record AwardRfqRequest
{
    /// <summary>Whole award: the winning vendor.</summary>
    public Guid? VendorId { get; init; }

    /// <summary>Whole award: the quote revision whose prices are accepted.</summary>
    public Guid? QuoteRevisionId { get; init; }

    /// <summary>Per-line award.</summary>
    public IReadOnlyList<AwardLineRequest>? Lines { get; init; }
}

/// <summary>A vendor's standing on an RFQ.</summary>
/// <param name="VendorId">The vendor.</param>
/// <param name="Status"><c>pending</c>, <c>invited</c>, <c>quoted</c>, <c>declined</c>, <c>awarded</c> or <c>not-awarded</c>.</param>
public sealed record RfqVendorDto(Guid VendorId, string Status);

/// <summary>An amount in an ISO 4217 currency.</summary>
/// <param name="Amount">The decimal amount.</param>
/// <param name="Currency">The ISO 4217 code.</param>
public sealed record MoneyDto(decimal Amount, string Currency);

/// <summary>One awarded line.</summary>
public sealed record AwardedLineDto(int LineNumber, Guid VendorId, Guid QuoteRevisionId, MoneyDto UnitPrice, decimal Quantity, MoneyDto ExtendedPrice);

/// <summary>Who did something.</summary>
/// <param name="Kind"><c>api-key</c>, <c>user</c> or <c>system</c>.</param>
/// <param name="Id">The caller's identifier within its kind.</param>
/// <param name="Name">A display name.</param>
public sealed record ActorDto(string Kind, string Id, string Name);

/// <summary>The award of an RFQ.</summary>
/// <param name="Mode"><c>whole</c> or <c>per-line</c>.</param>
/// <param name="Lines">The awarded lines.</param>
/// <param name="AwardedBy">Who decided.</param>
/// <param name="AwardedAt">When.</param>
public sealed record AwardDto(string Mode, IReadOnlyList<AwardedLineDto> Lines, ActorDto AwardedBy, DateTimeOffset AwardedAt);

/// <summary>The RFQ resource.</summary>
public sealed record RfqResource
{
    /// <summary>The RFQ's identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>The number, such as <c>RFQ-2026-000042</c>.</summary>
    public required string Number { get; init; }

    /// <summary>The ERP's reference.</summary>
    public string? Reference { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary><c>draft</c>, <c>published</c>, <c>closed</c>, <c>awarded</c> or <c>cancelled</c>.</summary>
    public required string Status { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; init; }

    /// <summary>When responses are due.</summary>
    public DateTimeOffset? ResponseDueAt { get; init; }

    /// <summary>The requested items.</summary>
    public required IReadOnlyList<RfqLineDto> Lines { get; init; }

    /// <summary>The attached vendors.</summary>
    public required IReadOnlyList<RfqVendorDto> Vendors { get; init; }

    /// <summary>The award, once awarded.</summary>
    public AwardDto? Award { get; init; }

    /// <summary>When created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>When cancelled.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Why cancelled.</summary>
    public string? CancellationReason { get; init; }

    /// <summary>The version, also sent as the <c>ETag</c>.</summary>
    public required long Version { get; init; }
}

/// <summary>One page of a list; pass <see cref="NextCursor"/> as <c>cursor</c> for the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items on this page.</param>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
public sealed record PageDto<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>One audit log entry.</summary>
public sealed record AuditEntryResource(long Sequence, string EntityType, Guid EntityId, string Action, ActorDto Actor, DateTimeOffset At, string? Detail);
