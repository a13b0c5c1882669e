using MailKit;
using MailKit.Security;

namespace Purchaser.Email.MailKit;

/// <summary>Connecting and signing in, the same for SMTP and IMAP.</summary>
internal static class MailConnection
{
    public static async Task OpenAsync(MailService client, MailServerOptions options, CancellationToken cancellationToken)
    {
        client.Timeout = (int)options.Timeout.TotalMilliseconds;
        await client.ConnectAsync(options.Host, options.Port, Socket(options.Security), cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(options.AccessToken))
        {
            await client.AuthenticateAsync(new SaslMechanismOAuth2(options.User ?? string.Empty, options.AccessToken), cancellationToken).ConfigureAwait(false);
        }
        else if (!string.IsNullOrEmpty(options.User))
        {
            await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }
    }

    private static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
