namespace Purchaser.Domain;

/// <summary>An email received from a vendor, stored raw before anything else happens to it.</summary>
public sealed record InboundMessage
{
    /// <summary>The stored message's identifier.</summary>
    public required Id<InboundMessage> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The <c>Message-ID</c> header, without angle brackets, when present.</summary>
    public string? MessageId { get; init; }

    /// <summary>SHA-256 of the raw bytes, lower-case hex; with the Message-ID it makes a redelivery a duplicate.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The sender's address.</summary>
    public string? From { get; init; }

    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The <c>Date</c> header.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When Purchaser received it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How it arrived: <c>api</c>, <c>directory</c>, <c>imap</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The raw RFC 5322 bytes.</summary>
    public required ReadOnlyMemory<byte> Raw { get; init; }

    /// <summary>What became of it.</summary>
    public InboundMessageStatus Status { get; init; } = InboundMessageStatus.Received;

    /// <summary>The RFQ it was matched to.</summary>
    public Id<Rfq>? RfqId { get; init; }

    /// <summary>The vendor it was matched to.</summary>
    public Id<Vendor>? VendorId { get; init; }

    /// <summary>How it was matched: <c>reply-token</c>, <c>thread</c>, <c>rfq-number</c>, <c>sender</c>.</summary>
    public string? MatchMethod { get; init; }

    /// <summary>The quote revision read from it.</summary>
    public Id<QuoteRevision>? QuoteRevisionId { get; init; }

    /// <summary>Why it was not read as a quote, or why it is suspicious or unmatched.</summary>
    public string? Reason { get; init; }
}
