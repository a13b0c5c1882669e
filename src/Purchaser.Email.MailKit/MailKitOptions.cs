namespace Purchaser.Email.MailKit;

/// <summary>The customer's mailbox: the SMTP server that sends, and the IMAP mailbox that is read for replies.</summary>
public sealed class MailKitOptions
{
    /// <summary>The SMTP server (required).</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The IMAP mailbox; when its <see cref="MailServerOptions.Host"/> is empty no mailbox is read.</summary>
    public ImapOptions Imap { get; set; } = new();
}
