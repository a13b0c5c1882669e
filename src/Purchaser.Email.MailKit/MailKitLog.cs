using Microsoft.Extensions.Logging;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit;

/// <summary>Source-generated log messages of the SMTP sender and the IMAP reader.</summary>
internal static partial class MailKitLog
{
    [LoggerMessage(5001, LogLevel.Information, "Mail {MessageId} accepted by the SMTP server for {RecipientCount} recipients")]
    public static partial void Sent(ILogger logger, string messageId, int recipientCount);

    [LoggerMessage(5002, LogLevel.Warning, "Mail {MessageId} not sent: {Outcome} ({Detail})")]
    public static partial void SendFailed(ILogger logger, string messageId, MailSendOutcome outcome, string? detail);

    [LoggerMessage(5101, LogLevel.Information, "No IMAP host is configured; no mailbox is read")]
    public static partial void NotReading(ILogger logger);

    [LoggerMessage(5102, LogLevel.Information, "Reading {Mailbox} folder {Folder} (UIDVALIDITY {UidValidity}, {Count} messages) by {Mode}")]
    public static partial void Connected(ILogger logger, string mailbox, string folder, uint uidValidity, int count, string mode);

    [LoggerMessage(5103, LogLevel.Warning, "Reading {Mailbox} folder {Folder} failed; reconnecting in {Delay}")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception, string mailbox, string folder, TimeSpan delay);

    [LoggerMessage(5104, LogLevel.Warning, "{Mailbox} folder {Folder} changed UIDVALIDITY from {Old} to {New}; reading it again from the start (stored messages are deduplicated)")]
    public static partial void UidValidityChanged(ILogger logger, string mailbox, string folder, uint old, uint @new);

    [LoggerMessage(5105, LogLevel.Debug, "{Mailbox} folder {Folder} UID {Uid} stored as inbound message {InboundMessageId}")]
    public static partial void Stored(ILogger logger, string mailbox, string folder, uint uid, Guid inboundMessageId);

    [LoggerMessage(5106, LogLevel.Warning, "{Mailbox} folder {Folder} UID {Uid} skipped: {Size} bytes is over MaxMessageBytes ({Max}); it stays in the mailbox")]
    public static partial void TooLarge(ILogger logger, string mailbox, string folder, uint uid, ulong size, long max);

    [LoggerMessage(5107, LogLevel.Warning, "{Mailbox} folder {Folder} UID {Uid} failed (attempt {Attempt} of {MaxAttempts}); messages behind it go on")]
    public static partial void MessageFailed(ILogger logger, Exception exception, string mailbox, string folder, uint uid, int attempt, int maxAttempts);

    [LoggerMessage(5108, LogLevel.Error, "{Mailbox} folder {Folder} UID {Uid} skipped after {Attempts} failed attempts; it stays in the mailbox. Last error: {Reason}")]
    public static partial void GaveUp(ILogger logger, Exception exception, string mailbox, string folder, uint uid, int attempts, string reason);

    [LoggerMessage(5109, LogLevel.Warning, "{Mailbox} folder {Folder} UID {Uid} is stored but could not be moved to {ProcessedFolder}")]
    public static partial void MoveFailed(ILogger logger, Exception exception, string mailbox, string folder, uint uid, string processedFolder);
}
