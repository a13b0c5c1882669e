using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Services;

/// <summary>Maps domain values onto the wire contract. REST responses and event payloads go through the same mapping.</summary>
public static class ContractMapper
{
    /// <summary>The RFQ resource.</summary>
    public static RfqResource ToResource(this Rfq rfq) => new()
    {
        Id = rfq.Id.Value,
        Number = rfq.Number,
        Reference = rfq.Reference,
        Title = rfq.Title,
        Status = WireName.Of(rfq.Status),
        Currency = rfq.Currency.Code,
        ResponseDueAt = rfq.ResponseDueAt,
        Lines = [.. rfq.Lines.Select(ToDto)],
        Vendors = [.. rfq.Vendors.Select(v => new RfqVendorDto(v.VendorId.Value, WireName.Of(v.Status)))],
        Award = rfq.Award is { } award ? ToDto(award) : null,
        CreatedAt = rfq.CreatedAt,
        UpdatedAt = rfq.UpdatedAt,
        PublishedAt = rfq.PublishedAt,
        ClosedAt = rfq.ClosedAt,
        CancelledAt = rfq.CancelledAt,
        CancellationReason = rfq.CancellationReason,
        Version = rfq.Version,
    };

    /// <summary>An RFQ line.</summary>
    public static RfqLineDto ToDto(this RfqLine line) => new()
    {
        LineNumber = line.LineNumber,
        PartNumber = line.PartNumber,
        Description = line.Description,
        Quantity = line.Quantity,
        Unit = line.Unit.Code,
        NeedBy = line.NeedBy,
    };

    /// <summary>An amount.</summary>
    public static MoneyDto ToDto(this Money money) => new(money.Amount, money.Currency.Code);

    /// <summary>An actor.</summary>
    public static ActorDto ToDto(this Actor actor) => new(actor.Kind, actor.Id, actor.Name);

    /// <summary>An award.</summary>
    public static AwardDto ToDto(this Award award) => new(
        WireName.Of(award.Mode),
        [.. award.Lines.Select(l => new AwardedLineDto(l.LineNumber, l.VendorId.Value, l.QuoteRevisionId.Value, l.UnitPrice.ToDto(), l.Quantity, l.ExtendedPrice.ToDto()))],
        award.AwardedBy.ToDto(),
        award.AwardedAt);

    /// <summary>The vendor resource.</summary>
    public static VendorResource ToResource(this Vendor vendor) => new(
        vendor.Id.Value, vendor.Name, vendor.Code, [.. vendor.Contacts.Select(c => new VendorContactDto(c.Name, c.Email))], vendor.CreatedAt, vendor.UpdatedAt, vendor.Version);

    /// <summary>The vendor list resource.</summary>
    public static VendorListResource ToResource(this VendorList list) => new(
        list.Id.Value, list.Name, [.. list.VendorIds.Select(v => v.Value)], list.CreatedAt, list.UpdatedAt, list.Version);

    /// <summary>The quote revision resource.</summary>
    public static QuoteResource ToResource(this QuoteRevision revision) => new()
    {
        QuoteId = revision.QuoteId.Value,
        QuoteRevisionId = revision.Id.Value,
        RfqId = revision.RfqId.Value,
        VendorId = revision.VendorId.Value,
        Revision = revision.Revision,
        ReceivedAt = revision.ReceivedAt,
        Source = WireName.Of(revision.Source),
        MessageId = revision.MessageId,
        InboundMessageId = revision.InboundMessageId?.Value,
        Quote = revision.Quote.ToDto(),
    };

    /// <summary>The normalized quote.</summary>
    public static NormalizedQuoteDto ToDto(this NormalizedQuote quote) => new()
    {
        VendorEmail = quote.VendorEmail,
        Status = WireName.Of(quote.Status),
        Currency = quote.Currency?.Code,
        ValidUntil = quote.ValidUntil,
        Incoterms = quote.Incoterms,
        Lines = [.. quote.Lines.Select(ToDto)],
        Deviations = [.. quote.Deviations.Select(d => new QuoteDeviationDto(d.LineNumber, d.Kind, d.Detail))],
        Classification = quote.Classification is { } classification ? WireName.Of(classification) : null,
    };

    /// <summary>A quoted line.</summary>
    public static QuotedLineDto ToDto(this QuotedLine line) => new()
    {
        LineNumber = line.LineNumber,
        NoBid = line.NoBid,
        UnitPrice = line.UnitPrice?.ToDto(),
        Quantity = line.Quantity,
        LeadTimeDays = line.LeadTimeDays,
        Moq = line.Moq,
        PriceBreaks = [.. line.PriceBreaks.Select(b => new PriceBreakDto(b.MinQuantity, b.UnitPrice.ToDto()))],
        AlternatePartNumber = line.AlternatePartNumber,
        Notes = line.Notes,
        Confidence = line.Confidence,
        Sources = line.Sources.ToDictionary(s => s.Key, s => new SourceSpanDto(s.Value.Part, s.Value.Text), StringComparer.Ordinal),
    };

    /// <summary>An audit entry.</summary>
    public static AuditEntryResource ToResource(this AuditEntry entry) =>
        new(entry.Sequence, entry.EntityType, entry.EntityId, entry.Action, entry.Actor.ToDto(), entry.At, entry.Detail);

    /// <summary>An inbound message, without its raw bytes.</summary>
    public static InboundMessageResource ToResource(this InboundMessage message) => new()
    {
        Id = message.Id.Value,
        MessageId = message.MessageId,
        From = message.From,
        Subject = message.Subject,
        SentAt = message.SentAt,
        ReceivedAt = message.ReceivedAt,
        Source = message.Source,
        Status = WireName.Of(message.Status),
        RfqId = message.RfqId?.Value,
        VendorId = message.VendorId?.Value,
        MatchMethod = message.MatchMethod,
        QuoteRevisionId = message.QuoteRevisionId?.Value,
        Reason = message.Reason,
    };

    /// <summary>An outbound mail in a thread.</summary>
    public static ThreadMessageResource ToThreadMessage(this OutboundMail mail) => new()
    {
        Direction = "outbound",
        Id = mail.Id.Value,
        MessageId = mail.MessageId,
        From = mail.From,
        To = mail.Recipients,
        Subject = mail.Subject,
        At = mail.CompletedAt ?? mail.CreatedAt,
        Text = mail.Text,
        Status = WireName.Of(mail.Status),
        Detail = mail.LastResult,
    };

    /// <summary>An inbound message in a thread.</summary>
    public static ThreadMessageResource ToThreadMessage(this InboundMessage message) => new()
    {
        Direction = "inbound",
        Id = message.Id.Value,
        MessageId = message.MessageId,
        From = message.From,
        Subject = message.Subject,
        At = message.ReceivedAt,
        Status = WireName.Of(message.Status),
        MatchMethod = message.MatchMethod,
        Suspicious = message.Status == InboundMessageStatus.Suspicious,
        Detail = message.Reason,
        QuoteRevisionId = message.QuoteRevisionId?.Value,
    };

    /// <summary>An API key as listed.</summary>
    public static ApiKeyResource ToResource(this ApiKey key) => new(key.Id.Value, key.Name, key.Prefix, key.CreatedAt, key.RevokedAt);
}
