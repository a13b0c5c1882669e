using System.Net.Sockets;
using System.Runtime.InteropServices;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit;

/// <summary>
/// Sends each message on its own SMTP connection (a <see cref="SmtpClient"/> is not thread-safe, and a fresh connection
/// never carries a broken state from an earlier send). It does not retry: a <see cref="MailSendOutcome.TransientFailure"/>
/// tells the caller to send again later with the same Message-ID, a <see cref="MailSendOutcome.PermanentFailure"/> not to.
/// </summary>
internal sealed class MailKitMailSender(IOptionsMonitor<MailKitOptions> options, ILogger<MailKitMailSender> logger) : IMailSender
{
    public async Task<MailSendResult> SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var result = await TrySendAsync(mail, options.CurrentValue.Smtp, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == MailSendOutcome.Accepted)
        {
            MailKitLog.Sent(logger, mail.MessageId, mail.Recipients.Count);
        }
        else
        {
            MailKitLog.SendFailed(logger, mail.MessageId, result.Outcome, result.Detail);
        }

        return result;
    }

    private static async Task<MailSendResult> TrySendAsync(OutgoingMail mail, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(mail.From, out var sender))
        {
            return Permanent($"the sender '{mail.From}' is not an email address");
        }

        var recipients = new List<MailboxAddress>(mail.Recipients.Count);
        foreach (var recipient in mail.Recipients)
        {
            if (!MailboxAddress.TryParse(recipient, out var address))
            {
                return Permanent($"the recipient '{recipient}' is not an email address");
            }

            recipients.Add(address);
        }

        if (recipients.Count == 0)
        {
            return Permanent("the message has no recipients");
        }

        MimeMessage message;
        try
        {
            // MailKit sends a MimeMessage; MimeKit's parser keeps the raw headers and bodies, so what is written back is
            // the given bytes (8-bit bodies are re-encoded only when the server lacks 8BITMIME).
            message = await MimeMessage.LoadAsync(AsStream(mail.Mime), cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException exception)
        {
            return Permanent($"the message is not valid MIME: {exception.Message}");
        }

        using var disposeMessage = message;
        if (string.IsNullOrEmpty(message.MessageId))
        {
            message.MessageId = mail.MessageId;
        }

        using var client = new SmtpClient();
        try
        {
            await MailConnection.OpenAsync(client, smtp, cancellationToken).ConfigureAwait(false);
            var answer = await client.SendAsync(FormatOptions.Default, message, sender, recipients, cancellationToken).ConfigureAwait(false);
            await QuitAsync(client).ConfigureAwait(false);
            return MailSendResult.Accepted(answer);
        }
        catch (SmtpCommandException exception)
        {
            var code = (int)exception.StatusCode;
            var detail = exception.Mailbox is null ? $"{code} {exception.Message}" : $"{code} {exception.Message} ({exception.Mailbox.Address})";
            return code is >= 400 and < 500 ? Transient(detail) : Permanent(detail);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is IOException or SocketException or SmtpProtocolException or TimeoutException or OperationCanceledException
                                              or SslHandshakeException or ServiceNotConnectedException)
        {
            return Transient($"{exception.GetType().Name}: {exception.Message}");
        }
        catch (Exception exception) when (exception is AuthenticationException or ServiceNotAuthenticatedException)
        {
            // Wrong or expired credentials are the operator's to fix; once fixed, the same message must still go out.
            return Transient($"signing in to {smtp.Host} failed: {exception.Message}");
        }
        catch (NotSupportedException exception)
        {
            // For example an internationalized address on a server without SMTPUTF8, or AUTH on a server without it.
            return Permanent(exception.Message);
        }
    }

    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or ProtocolException or CommandException or TimeoutException)
        {
            // The server has accepted the message; a failed QUIT changes nothing about that.
        }
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    private static MailSendResult Transient(string detail) => new(MailSendOutcome.TransientFailure, detail);

    private static MailSendResult Permanent(string detail) => new(MailSendOutcome.PermanentFailure, detail);
}
