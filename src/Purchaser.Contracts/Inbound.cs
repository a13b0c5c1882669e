namespace Purchaser.Contracts;

/// <summary>An inbound email and what became of it.</summary>
public sealed record InboundMessageResource
{
    /// <summary>The stored message's identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>The <c>Message-ID</c> header.</summary>
    public string? MessageId { get; init; }

    /// <summary>The sender's address.</summary>
    public string? From { get; init; }

    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The <c>Date</c> header.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>When Purchaser received it.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How it arrived: <c>api</c>, <c>directory</c> or <c>imap</c>.</summary>
    public required string Source { get; init; }

    /// <summary><c>received</c>, <c>quoted</c>, <c>unparseable</c>, <c>unmatched</c>, <c>rejected</c>, <c>bounce</c>, <c>suspicious</c> or <c>refused</c> (over a limit on inbound mail).</summary>
    public required string Status { get; init; }

    /// <summary>The RFQ it was matched to.</summary>
    public Guid? RfqId { get; init; }

    /// <summary>The vendor it was matched to.</summary>
    public Guid? VendorId { get; init; }

    /// <summary>How it was matched: <c>rfq-number</c> or <c>sender</c>.</summary>
    public string? MatchMethod { get; init; }

    /// <summary>The quote revision read from it.</summary>
    public Guid? QuoteRevisionId { get; init; }

    /// <summary>Why it was not read as a quote or not matched.</summary>
    public string? Reason { get; init; }

    /// <summary>Its attachments; the bytes are at <c>/api/v1/inbound/messages/{id}/attachments/{attachmentId}</c>.</summary>
    public IReadOnlyList<AttachmentResource> Attachments { get; init; } = [];

    /// <summary>
    /// What the sender wrote (the plain part, or the HTML as text; at most 20,000 characters), so a person can tell where
    /// an unmatched message belongs. Given by <c>GET /api/v1/inbound/messages/{id}</c> only; null in lists.
    /// </summary>
    public string? Text { get; init; }
}

/// <summary>Body of <c>POST /api/v1/inbound/messages/{id}/assign</c>: take a held message as a quote, naming the RFQ and vendor when it matched none.</summary>
public sealed record AssignInboundMessageRequest
{
    /// <summary>The RFQ; the matched one when omitted.</summary>
    public Guid? RfqId { get; init; }

    /// <summary>The vendor; the matched one when omitted.</summary>
    public Guid? VendorId { get; init; }
}
