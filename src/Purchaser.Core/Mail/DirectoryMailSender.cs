namespace Purchaser.Mail;

/// <summary>"Sends" mail by writing each message as an <c>.eml</c> file: the demo's stand-in for the customer's SMTP server.</summary>
internal sealed class DirectoryMailSender(string outbox) : IMailSender
{
    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(outbox);
            var name = string.Concat(mail.MessageId.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".eml";
            var temporary = Path.Combine(outbox, name + ".tmp");
            await File.WriteAllBytesAsync(temporary, mail.Mime.ToArray(), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, Path.Combine(outbox, name), overwrite: true);
            return MailSendResult.Accepted($"written to {name}");
        }
        catch (IOException ex)
        {
            return new MailSendResult(MailSendOutcome.TransientFailure, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new MailSendResult(MailSendOutcome.PermanentFailure, ex.Message);
        }
    }
}
