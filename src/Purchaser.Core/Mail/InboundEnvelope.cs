namespace Purchaser.Mail;

/// <summary>What is known of a message that was not downloaded (too large): its envelope, as the mail server reported it.</summary>
/// <param name="Origin">Where it is, unique per message (for IMAP: mailbox, folder, UIDVALIDITY and UID); a second report of it is a duplicate.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record InboundEnvelope(string Origin, long Size)
{
    /// <summary>The <c>Message-ID</c>, without angle brackets.</summary>
    public string? MessageId { get; init; }

    /// <summary>The sender's address.</summary>
    public string? From { get; init; }

    /// <summary>The subject.</summary>
    public string? Subject { get; init; }

    /// <summary>The <c>Date</c> header.</summary>
    public DateTimeOffset? SentAt { get; init; }
}
