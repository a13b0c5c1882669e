using MimeKit;
using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Email.MailKit.Tests;

/// <summary>
/// The whole vendor mail loop on the real servers: Purchaser sends invitations over SMTP from the customer's mailbox
/// (<c>box8</c>), simulated vendors read them over IMAP from their own mailbox (<c>box1</c>, one address each) and answer
/// over SMTP to their reply address, and Purchaser's IMAP reader brings each answer into the right vendor thread.
/// </summary>
public sealed class VendorMailEndToEndTests
{
    private const string CustomerBox = "box8";
    private const string VendorBox = "box1";

    // Vendor addresses are new on every run, so a vendor never reads an invitation left in its mailbox by an earlier run.
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Three_vendors_read_their_invitations_over_imap_and_their_replies_become_quotes_in_their_threads()
    {
        await using var host = await StartAsync();
        var vendors = new[] { ("Acme Machining", "acme"), ("Boreal Fasteners", "boreal"), ("Cobalt Works", "cobalt") }
            .Select(v => (Name: v.Item1, Mail: new SimulatedVendor(VendorBox, $"{v.Item2}-{_run}@{VendorBox}.test")))
            .ToList();
        var records = new List<Vendor>();
        foreach (var (name, mail) in vendors)
        {
            records.Add(await host.CreateVendorAsync(name, mail.Address));
        }

        var rfq = await host.PublishRfqAsync("SO-88123", [.. records]);

        var published = await host.PublishedAsync(rfq);
        Assert.Equal(records.Select(r => r.Id.Value).Order(), published.Distribution!.Select(d => d.VendorId).Order());
        Assert.All(published.Distribution!, d => Assert.Equal("sent", d.Status));
        var invitations = new List<MimeMessage>();
        foreach (var (_, mail) in vendors)
        {
            invitations.Add(await mail.ReadInvitationAsync(rfq.Number));
        }

        var replyAddresses = invitations.Select(i => i.ReplyTo.Mailboxes.Single().Address).ToList();
        Assert.Equal(3, replyAddresses.Distinct().Count());
        Assert.All(replyAddresses, a => Assert.Matches($"^purchasing\\+[a-z2-7]{{16}}@{CustomerBox}\\.test$", a));
        Assert.Equal(published.Distribution!.Select(d => d.MessageId).Order(), invitations.Select(i => i.MessageId).Order());

        var replies = new List<string>();
        for (var i = 0; i < vendors.Count; i++)
        {
            replies.Add(await vendors[i].Mail.ReplyWithPricesAsync(invitations[i], (1, 12.50m + i, 28 + i), (2, 0.04m, 7)));
        }

        for (var i = 0; i < vendors.Count; i++)
        {
            var inbound = await host.InboundAsync(rfq, records[i], replies[i]);
            Assert.Equal(InboundMessageStatus.Quoted, inbound.Status);
            Assert.Equal("reply-token", inbound.MatchMethod);
            Assert.Equal("imap", inbound.Source);
            var (outbound, received) = await host.ThreadAsync(rfq, records[i]);
            Assert.Equal(invitations[i].MessageId, Assert.Single(outbound).MessageId);
            Assert.Equal(replies[i], Assert.Single(received).MessageId);
        }

        var quotes = await host.QuotesAsync(rfq);
        Assert.Equal(3, quotes.Count);
        for (var i = 0; i < vendors.Count; i++)
        {
            var quote = quotes.Single(q => q.VendorId == records[i].Id);
            Assert.Equal(Money.Of(12.50m + i, "USD"), quote.PriceFor(1));
            Assert.Equal(28 + i, quote.Quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
            Assert.Equal(replies[i], quote.MessageId);
        }
    }

    [Fact]
    public async Task A_reply_to_an_older_rfq_lands_on_that_rfq_and_a_reply_forwarded_by_a_colleague_is_read()
    {
        await using var host = await StartAsync();
        var acme = new SimulatedVendor(VendorBox, $"acme-{_run}@{VendorBox}.test");
        var vendor = await host.CreateVendorAsync("Acme Machining", acme.Address);
        var older = await host.PublishRfqAsync("SO-88123", vendor);
        var newer = await host.PublishRfqAsync("SO-88124", vendor);
        var olderInvitation = await acme.ReadInvitationAsync(older.Number);
        var newerInvitation = await acme.ReadInvitationAsync(newer.Number);

        var toOlder = await acme.ReplyWithPricesAsync(olderInvitation, (1, 11.00m, 21), (2, 0.05m, 7));
        var forwarded = await acme.ForwardPricesAsync(newerInvitation, $"planner-{_run}@{VendorBox}.test", (1, 13.00m, 35), (2, 0.06m, 14));

        Assert.Equal(InboundMessageStatus.Quoted, (await host.InboundAsync(older, vendor, toOlder)).Status);
        var forward = await host.InboundAsync(newer, vendor, forwarded);
        Assert.True(forward.Status == InboundMessageStatus.Quoted, forward.Reason);
        Assert.Equal("reply-token", forward.MatchMethod);
        Assert.Equal(Money.Of(11.00m, "USD"), Assert.Single(await host.QuotesAsync(older)).PriceFor(1));
        Assert.Equal(Money.Of(13.00m, "USD"), Assert.Single(await host.QuotesAsync(newer)).PriceFor(1));
    }

    [Fact]
    public async Task A_spoofed_sender_is_held_and_a_bounce_fails_the_send_with_an_event()
    {
        await using var host = await StartAsync();
        var acme = new SimulatedVendor(VendorBox, $"acme-{_run}@{VendorBox}.test");
        var vendor = await host.CreateVendorAsync("Acme Machining", acme.Address);
        var rfq = await host.PublishRfqAsync("SO-88125", vendor);
        var invitation = await acme.ReadInvitationAsync(rfq.Number);
        await host.PublishedAsync(rfq);

        var mallory = new SimulatedVendor(VendorBox, "mallory@evil.example");
        var spoofed = await mallory.ReplyWithPricesAsync(invitation, (1, 0.01m, 1), (2, 0.01m, 1));
        var bounce = await SimulatedVendor.SendAsync(Dsn(invitation, acme.Address));

        var held = await host.InboundAsync(rfq, vendor, spoofed);
        Assert.Equal(InboundMessageStatus.Suspicious, held.Status);
        Assert.Empty(await host.QuotesAsync(rfq));
        var bounced = await host.InboundAsync(rfq, vendor, bounce);
        Assert.Equal(InboundMessageStatus.Bounce, bounced.Status);
        var send = Assert.Single((await host.ThreadAsync(rfq, vendor)).Outbound);
        Assert.Equal(OutboundMailStatus.Failed, send.Status);
        Assert.Contains("5.1.1", send.LastResult, StringComparison.Ordinal);
        var events = await host.EventsAsync(EventTypes.MailBounced);
        var data = System.Text.Json.JsonSerializer.Deserialize(Assert.Single(events).Payload, PurchaserJsonContext.Default.WebhookPayloadMailBouncedEventData)!.Data;
        Assert.Equal(vendor.Id.Value, data.VendorId);
        Assert.Equal(invitation.MessageId, data.MessageId);
        Assert.Equal(bounced.Id.Value, data.InboundMessageId);
    }

    private static async Task<PurchaserMailHost> StartAsync()
    {
        await MailServer.RequireAsync();
        await MailServer.EmptyAsync(CustomerBox);
        return await PurchaserMailHost.StartAsync(CustomerBox);
    }

    /// <summary>The vendor's mail server reports the invitation undeliverable to the customer's mailbox.</summary>
    private static MimeMessage Dsn(MimeMessage invitation, string recipient)
    {
        var report = new MultipartReport("delivery-status")
        {
            new TextPart("plain") { Text = "Your message could not be delivered." },
            new MimePart("message", "delivery-status")
            {
                Content = new MimeContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(
                    $"Reporting-MTA: dns; mx.vendor.example\r\n\r\nFinal-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"))),
            },
            new MimePart("text", "rfc822-headers")
            {
                Content = new MimeContent(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(
                    $"Message-ID: <{invitation.MessageId}>\r\nSubject: {invitation.Subject}\r\n"))),
            },
        };
        var dsn = new MimeMessage();
        dsn.From.Add(new MailboxAddress("Mail Delivery System", "MAILER-DAEMON@mx.vendor.example"));
        dsn.To.Add(invitation.From.Mailboxes.Single());
        dsn.Subject = "Undelivered Mail Returned to Sender";
        dsn.Body = report;
        return dsn;
    }
}
