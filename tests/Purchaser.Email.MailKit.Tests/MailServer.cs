using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// The real SMTP and IMAP server <c>.ci/services.sh</c> starts (smtp4dev on loopback). Mailbox <c>boxN</c> receives
/// mail for <c>*@boxN.test</c>; IMAP user <c>boxN</c>, password <c>secret</c>, sees it in its INBOX.
/// Overridable with PURCHASER_SMTP_HOST, PURCHASER_SMTP_PORT, PURCHASER_IMAP_HOST and PURCHASER_IMAP_PORT.
/// </summary>
internal static class MailServer
{
    /// <summary>Points <paramref name="options"/> at the test server: plain SMTP, and IMAP reading <paramref name="box"/> for <paramref name="tenant"/>, polled and reconnecting fast.</summary>
    public static void Use(MailKitOptions options, string box, Guid tenant)
    {
        options.Smtp.Host = SmtpHost;
        options.Smtp.Port = SmtpPort;
        options.Smtp.Security = MailSecurity.None;
        options.Imap.Host = ImapHost;
        options.Imap.Port = ImapPort;
        options.Imap.Security = MailSecurity.None;
        options.Imap.User = box;
        options.Imap.Password = Password;
        options.Imap.TenantId = tenant;
        options.Imap.PollInterval = TimeSpan.FromMilliseconds(200);
        options.Imap.IdleTimeout = TimeSpan.FromSeconds(1);
        options.Imap.Timeout = TimeSpan.FromSeconds(5);
    }

    public const string Password = "secret";

    public static string SmtpHost { get; } = Environment.GetEnvironmentVariable("PURCHASER_SMTP_HOST") ?? "127.0.0.1";

    public static int SmtpPort { get; } = int.Parse(Environment.GetEnvironmentVariable("PURCHASER_SMTP_PORT") ?? "2525");

    public static string ImapHost { get; } = Environment.GetEnvironmentVariable("PURCHASER_IMAP_HOST") ?? "127.0.0.1";

    public static int ImapPort { get; } = int.Parse(Environment.GetEnvironmentVariable("PURCHASER_IMAP_PORT") ?? "1143");

    public static string Address(string box, string local = "buyer") => $"{local}@{box}.test";

    /// <summary>Fails the calling test, with what to do, when the server is not there.</summary>
    public static async Task RequireAsync()
    {
        foreach (var (name, host, port) in new[] { ("SMTP", SmtpHost, SmtpPort), ("IMAP", ImapHost, ImapPort) })
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(host, port).WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception exception) when (exception is SocketException or TimeoutException)
            {
                throw new InvalidOperationException(
                    $"The test mail server's {name} port {host}:{port} is not reachable ({exception.Message}). Start it with `bash .ci/services.sh` " +
                    "(smtp4dev on SMTP 2525 and IMAP 1143) or point PURCHASER_SMTP_HOST/PORT and PURCHASER_IMAP_HOST/PORT at one.", exception);
            }
        }
    }

    /// <summary>A vendor sends a message over plain SMTP into <paramref name="box"/>.</summary>
    public static async Task<string> SendAsync(string box, string subject, string body = "Please find our quote below.", string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Acme Sales", "sales@acme.example"));
        message.To.Add(MailboxAddress.Parse(Address(box)));
        message.Subject = subject;
        message.MessageId = messageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId("acme.example");
        message.Body = new TextPart("plain") { Text = body };
        using var client = new SmtpClient();
        await client.ConnectAsync(SmtpHost, SmtpPort, SecureSocketOptions.None);
        await client.SendAsync(message);
        await client.DisconnectAsync(true);
        return message.MessageId;
    }

    public static async Task<ImapClient> OpenAsync(string box)
    {
        var client = new ImapClient();
        await client.ConnectAsync(ImapHost, ImapPort, SecureSocketOptions.None);
        await client.AuthenticateAsync(box, Password);
        await client.Inbox.OpenAsync(FolderAccess.ReadWrite);
        return client;
    }

    /// <summary>Deletes everything in the box's INBOX, so a test starts from an empty folder (UIDs keep counting up).</summary>
    public static async Task EmptyAsync(string box)
    {
        using var client = await OpenAsync(box);
        if (client.Inbox.Count > 0)
        {
            await client.Inbox.AddFlagsAsync(UniqueIdRange.All, MessageFlags.Deleted, silent: true);
            await client.Inbox.ExpungeAsync();
        }

        await client.DisconnectAsync(true);
    }

    /// <summary>The UIDs and Message-IDs in the box's INBOX.</summary>
    public static async Task<IReadOnlyList<(uint Uid, string MessageId)>> ListAsync(string box)
    {
        using var client = await OpenAsync(box);
        var result = client.Inbox.Count == 0
            ? []
            : (await client.Inbox.FetchAsync(UniqueIdRange.All, new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.Envelope)))
                .Select(s => (s.UniqueId.Id, s.Envelope?.MessageId ?? string.Empty)).ToList();
        await client.DisconnectAsync(true);
        return result;
    }

    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
