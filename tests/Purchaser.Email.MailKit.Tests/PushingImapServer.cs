using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// The dovecot instance <c>.ci/services.sh</c> starts on loopback (default port 10143, PURCHASER_DOVECOT_PORT): an IMAP
/// server that pushes new mail to an IDLE client, which smtp4dev never does. Users box1..box4, password <c>secret</c>,
/// folders INBOX and Processed. Mail is put in with APPEND, as another client would.
/// </summary>
internal static class PushingImapServer
{
    public static int Port { get; } = int.Parse(Environment.GetEnvironmentVariable("PURCHASER_DOVECOT_PORT") ?? "10143");

    public static async Task RequireAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(MailServer.ImapHost, Port).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception exception) when (exception is SocketException or TimeoutException)
        {
            throw new InvalidOperationException($"The pushing IMAP server {MailServer.ImapHost}:{Port} is not reachable ({exception.Message}). Start it with `bash .ci/services.sh` (dovecot).", exception);
        }
    }

    public static async Task<ImapClient> OpenAsync(string box)
    {
        var client = new ImapClient();
        await client.ConnectAsync(MailServer.ImapHost, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(box, MailServer.Password);
        return client;
    }

    /// <summary>Deletes everything in the box's INBOX and Processed folders.</summary>
    public static async Task EmptyAsync(string box)
    {
        using var client = await OpenAsync(box);
        foreach (var folder in new[] { client.Inbox, await client.GetFolderAsync("Processed") })
        {
            await folder.OpenAsync(FolderAccess.ReadWrite);
            if (folder.Count > 0)
            {
                await folder.AddFlagsAsync(UniqueIdRange.All, MessageFlags.Deleted, silent: true);
                await folder.ExpungeAsync();
            }
        }

        await client.DisconnectAsync(true);
    }

    /// <summary>Another client appends a vendor's reply to the box's INBOX.</summary>
    public static async Task<string> AppendAsync(string box, string subject)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Acme Sales", "sales@acme.example"));
        message.To.Add(MailboxAddress.Parse($"purchasing@{box}.test"));
        message.Subject = subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("acme.example");
        message.Body = new TextPart("plain") { Text = "Unit price 12.50 USD." };
        using var client = await OpenAsync(box);
        await client.Inbox.AppendAsync(message);
        await client.DisconnectAsync(true);
        return message.MessageId;
    }

    /// <summary>The Message-IDs in one folder of the box.</summary>
    public static async Task<IReadOnlyList<string>> ListAsync(string box, string folderName)
    {
        using var client = await OpenAsync(box);
        var folder = folderName == "INBOX" ? client.Inbox : await client.GetFolderAsync(folderName);
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var ids = folder.Count == 0
            ? []
            : (await folder.FetchAsync(UniqueIdRange.All, new FetchRequest(MessageSummaryItems.Envelope))).Select(s => s.Envelope?.MessageId ?? string.Empty).ToList();
        await client.DisconnectAsync(true);
        return ids;
    }
}
