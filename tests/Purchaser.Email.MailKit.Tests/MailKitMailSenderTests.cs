using System.Net;
using System.Net.Sockets;
using System.Text;
using MailKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Purchaser.Mail;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>The SMTP sender against the real server, and against a socket peer for the answers the server will not give.</summary>
public sealed class MailKitMailSenderTests
{
    private const string Box = "box1";

    [Fact]
    public async Task A_sent_message_arrives_in_the_envelope_recipients_mailbox_with_its_message_id()
    {
        await MailServer.RequireAsync();
        var messageId = $"{Guid.NewGuid():N}@buyer.example";
        var mime = Encoding.UTF8.GetBytes(
            $"From: Pat Buyer <buyer@buyer.example>\r\nTo: Acme Sales <sales@acme.example>\r\nSubject: RFQ-2026-0001 Complex parts\r\n" +
            $"Message-ID: <{messageId}>\r\nDate: Tue, 1 Dec 2026 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
            "Please quote 500 EA BRK-4471.\r\n");

        // The envelope, not the To header, decides delivery: the To header names the vendor, the envelope the test box.
        var result = await Sender(o => o.User = Box).SendAsync(
            new OutgoingMail(messageId, "buyer@buyer.example", [MailServer.Address(Box, "vendor")], mime), CancellationToken.None);

        Assert.Equal(MailSendOutcome.Accepted, result.Outcome);
        var arrived = await MailServer.EventuallyAsync(
            async () => (await MailServer.ListAsync(Box)).Where(m => m.MessageId == messageId).Select(m => (uint?)m.Uid).FirstOrDefault() is { } uid ? (object)uid : null,
            "the message in the mailbox");
        using var client = await MailServer.OpenAsync(Box);
        var message = await client.Inbox.GetMessageAsync(new UniqueId((uint)arrived));
        Assert.Equal(messageId, message.MessageId);
        Assert.Equal("RFQ-2026-0001 Complex parts", message.Subject);
        Assert.Contains("Please quote 500 EA BRK-4471.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_is_a_permanent_failure_with_the_servers_text()
    {
        await MailServer.RequireAsync();

        var result = await Sender().SendAsync(Mail(MailServer.Address(Box, "reject-me")), CancellationToken.None);

        Assert.Equal(MailSendOutcome.PermanentFailure, result.Outcome);
        Assert.StartsWith("550 ", result.Detail, StringComparison.Ordinal);
        Assert.Contains("reject-me@box1.test", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_4xx_answer_is_a_transient_failure()
    {
        await using var server = new FakeSmtpServer("451 4.3.0 Mailbox temporarily unavailable");

        var result = await Sender(o => o.Port = server.Port).SendAsync(Mail("sales@acme.example"), CancellationToken.None);

        Assert.Equal(MailSendOutcome.TransientFailure, result.Outcome);
        Assert.Contains("451", result.Detail, StringComparison.Ordinal);
        Assert.Contains("temporarily unavailable", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_5xx_answer_from_any_server_is_permanent()
    {
        await using var server = new FakeSmtpServer("554 5.7.1 Relay access denied");

        var result = await Sender(o => o.Port = server.Port).SendAsync(Mail("sales@acme.example"), CancellationToken.None);

        Assert.Equal(MailSendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("Relay access denied", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_transient_failure()
    {
        await using var server = new FakeSmtpServer(rcptReply: null);

        var result = await Sender(o => o.Port = server.Port).SendAsync(Mail("sales@acme.example"), CancellationToken.None);

        Assert.Equal(MailSendOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transient_failure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Sender(o => o.Port = closedPort).SendAsync(Mail("sales@acme.example"), CancellationToken.None);

        Assert.Equal(MailSendOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task An_unusable_address_or_message_is_permanent_without_connecting()
    {
        var sender = Sender(o => o.Port = 1);

        Assert.Equal(MailSendOutcome.PermanentFailure, (await sender.SendAsync(Mail("not an address"), CancellationToken.None)).Outcome);
        Assert.Equal(MailSendOutcome.PermanentFailure, (await sender.SendAsync(new OutgoingMail("x@y", "buyer@buyer.example", [], Mime("x@y")), CancellationToken.None)).Outcome);
    }

    [Fact]
    public void Options_are_validated()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPurchaser().UseMailKit(o =>
        {
            o.Smtp.Port = 70000;
            o.Imap.Host = "imap.example";
            o.Imap.IdleTimeout = TimeSpan.FromMinutes(20);
            o.Imap.Password = "p";
        });
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MailKitOptions>>().Value);
        Assert.Contains(failure.Failures, f => f.Contains("Smtp:Host", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Smtp:Port", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("IdleTimeout", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("TenantId", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("Imap:User", StringComparison.Ordinal));
    }

    private static IMailSender Sender(Action<SmtpOptions>? configure = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddPurchaser().UseMailKit(o =>
        {
            o.Smtp.Host = MailServer.SmtpHost;
            o.Smtp.Port = MailServer.SmtpPort;
            o.Smtp.Security = MailSecurity.None;
            o.Smtp.Timeout = TimeSpan.FromSeconds(5);
            configure?.Invoke(o.Smtp);
            if (o.Smtp.User is not null)
            {
                o.Smtp.Password = "any password: smtp4dev accepts any credentials";
            }
        });
        return services.BuildServiceProvider().GetRequiredService<IMailSender>();
    }

    private static OutgoingMail Mail(string recipient)
    {
        var messageId = $"{Guid.NewGuid():N}@buyer.example";
        return new OutgoingMail(messageId, "buyer@buyer.example", [recipient], Mime(messageId));
    }

    private static byte[] Mime(string messageId) => Encoding.ASCII.GetBytes(
        $"From: buyer@buyer.example\r\nTo: sales@acme.example\r\nSubject: RFQ\r\nMessage-ID: <{messageId}>\r\n\r\nPlease quote.\r\n");
}
