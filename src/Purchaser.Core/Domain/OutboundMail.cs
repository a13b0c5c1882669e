namespace Purchaser.Domain;

/// <summary>An email to a vendor contact (an RFQ invitation or a message in the thread), queued durably until sent.</summary>
public sealed record OutboundMail
{
    /// <summary>The queued mail's identifier.</summary>
    public required Id<OutboundMail> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The RFQ it belongs to.</summary>
    public required Id<Rfq> RfqId { get; init; }

    /// <summary>The vendor it goes to.</summary>
    public required Id<Vendor> VendorId { get; init; }

    /// <summary><c>invitation</c> for the RFQ itself, <c>message</c> for a later message in the thread.</summary>
    public required string Kind { get; init; }

    /// <summary>The <c>Message-ID</c> (without angle brackets), the same on every attempt; replies refer to it.</summary>
    public required string MessageId { get; init; }

    /// <summary>The vendor's reply token, part of the reply address.</summary>
    public required string ReplyToken { get; init; }

    /// <summary>The envelope sender.</summary>
    public required string From { get; init; }

    /// <summary>The envelope recipients.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The subject, for the thread view.</summary>
    public required string Subject { get; init; }

    /// <summary>The plain-text body, for the thread view.</summary>
    public string? Text { get; init; }

    /// <summary>The complete RFC 5322 message.</summary>
    public required ReadOnlyMemory<byte> Mime { get; init; }

    /// <summary>Where it stands.</summary>
    public OutboundMailStatus Status { get; init; } = OutboundMailStatus.Pending;

    /// <summary>Attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt is due, while pending.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The mail server's last answer or the error.</summary>
    public string? LastResult { get; init; }

    /// <summary>When it was queued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was accepted or finally failed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Who asked for it.</summary>
    public required Actor RequestedBy { get; init; }
}
