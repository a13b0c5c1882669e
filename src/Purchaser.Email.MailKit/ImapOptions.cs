namespace Purchaser.Email.MailKit;

/// <summary>The customer's IMAP mailbox where vendors' replies arrive, and how it is read.</summary>
public sealed class ImapOptions : MailServerOptions
{
    /// <summary>The tenant the mailbox belongs to: every message read is stored for it.</summary>
    public Guid TenantId { get; set; }

    /// <summary>The folders to read, each on its own connection; empty means <c>INBOX</c>.</summary>
    public IList<string> Folders { get; set; } = [];

    /// <summary>When set, each message is moved here once it is stored (the server should support MOVE or UIDPLUS).</summary>
    public string? ProcessedFolder { get; set; }

    /// <summary>Whether to wait with IMAP IDLE when the server offers it; otherwise, or when it does not, the folder is polled.</summary>
    public bool UseIdle { get; set; } = true;

    /// <summary>How often a folder is checked when it is polled.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one IDLE lasts before it is re-issued; at most 9 minutes, because servers drop idle clients after about 10 (RFC 2177 allows 29).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(9);

    /// <summary>
    /// Messages larger than this (by the server's RFC822.SIZE) are not downloaded: the reader logs a warning and moves
    /// past them, so one huge message cannot exhaust memory or stall the folder. The message stays in the mailbox.
    /// </summary>
    public long MaxMessageBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>How often one message may fail (it cannot be downloaded, or the store refuses it) before it is skipped with an error logged.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first reconnect when the server cannot be reached; it doubles on each failure.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between reconnects.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromMinutes(5);
}
