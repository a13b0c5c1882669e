namespace Purchaser.Mail;

/// <summary>Sends composed mail through the customer's mailbox (SMTP, or a directory drop for the demo).</summary>
public interface IMailSender
{
    /// <summary>Hands one message to the mail server. Never throws for a refused or failed send: the result says what happened.</summary>
    Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
