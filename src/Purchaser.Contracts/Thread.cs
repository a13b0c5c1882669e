namespace Purchaser.Contracts;

/// <summary>Body of <c>POST /api/v1/rfqs/{id}/vendors/{vendorId}/messages</c>.</summary>
public sealed record SendVendorMessageRequest
{
    /// <summary>The subject; a reply to the RFQ's subject when omitted.</summary>
    public string? Subject { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }
}

/// <summary>One email in a vendor's thread on an RFQ.</summary>
public sealed record ThreadMessageResource
{
    /// <summary><c>outbound</c> (to the vendor) or <c>inbound</c> (from the vendor).</summary>
    public required string Direction { get; init; }

    /// <summary>The stored mail's identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>The <c>Message-ID</c>.</summary>
    public string? MessageId { get; init; }

    /// <summary>The sender.</summary>
    public string? From { get; init; }

    /// <summary>The recipients (outbound).</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>When it was sent or received.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>What was sent (outbound), or what the vendor wrote (inbound: the plain part, or the HTML as text; at most 20,000 characters).</summary>
    public string? Text { get; init; }

    /// <summary>Outbound: <c>pending</c>, <c>sent</c>, <c>failed</c>; inbound: what became of it (<c>quoted</c>, <c>unparseable</c>...).</summary>
    public required string Status { get; init; }

    /// <summary>Inbound: how it was matched.</summary>
    public string? MatchMethod { get; init; }

    /// <summary>Inbound: whether the sender is not a known contact of the vendor.</summary>
    public bool Suspicious { get; init; }

    /// <summary>The mail server's answer (outbound) or why it was not read as a quote (inbound).</summary>
    public string? Detail { get; init; }

    /// <summary>Inbound: the quote revision read from it.</summary>
    public Guid? QuoteRevisionId { get; init; }

    /// <summary>Its attachments; the bytes are at <c>.../messages/{id}/attachments/{attachmentId}</c>.</summary>
    public IReadOnlyList<AttachmentResource> Attachments { get; init; } = [];
}

/// <summary>An attachment of a stored email.</summary>
/// <param name="Id">Its identifier within the message.</param>
/// <param name="FileName">The file name the sender gave, if any.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="Size">Its decoded size in bytes.</param>
public sealed record AttachmentResource(string Id, string? FileName, string ContentType, long Size);
