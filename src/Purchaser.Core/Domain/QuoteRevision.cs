namespace Purchaser.Domain;

/// <summary>One version of a vendor's quote. A later revision supersedes an earlier one, which stays in history.</summary>
public sealed record QuoteRevision
{
    /// <summary>The revision's identifier, named by awards.</summary>
    public required Id<QuoteRevision> Id { get; init; }

    /// <summary>The quote the revision belongs to.</summary>
    public required Id<Quote> QuoteId { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The RFQ answered.</summary>
    public required Id<Rfq> RfqId { get; init; }

    /// <summary>The vendor quoting.</summary>
    public required Id<Vendor> VendorId { get; init; }

    /// <summary>1 for the first revision, then 2, 3...</summary>
    public required int Revision { get; init; }

    /// <summary>When the revision was received or entered.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Where the revision came from.</summary>
    public required QuoteSource Source { get; init; }

    /// <summary>The Message-ID of the email it was read from, when it came by email.</summary>
    public string? MessageId { get; init; }

    /// <summary>
    /// The stored inbound message it was read from, with the raw email and its attachments. One inbound message yields at
    /// most one revision, however often it is read.
    /// </summary>
    public Id<InboundMessage>? InboundMessageId { get; init; }

    /// <summary>Who recorded it.</summary>
    public required Actor RecordedBy { get; init; }

    /// <summary>The normalized content.</summary>
    public required NormalizedQuote Quote { get; init; }

    /// <summary>The price this revision offers for an RFQ line, or null when it does not price it.</summary>
    public Money? PriceFor(int lineNumber) =>
        Quote.Lines.FirstOrDefault(l => l.LineNumber == lineNumber && !l.NoBid)?.UnitPrice;
}
