using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Purchaser.Contracts;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// The zero-configuration mail drop end to end: publishing writes one invitation per vendor to <c>outbox/</c>, a vendor's
/// reply filled into the template and dropped into <c>inbox/</c> comes back as that vendor's quote revision.
/// </summary>
public sealed partial class MailRoundTripTests : IAsyncLifetime
{
    private readonly PurchaserHostFactory _host = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _host.ClientWithKey();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_invitation_goes_out_and_the_filled_in_template_comes_back_as_a_quote()
    {
        var acme = await _client.CreateVendorAsync("Acme Machining");
        var boreal = await _client.CreateVendorAsync("Boreal Fasteners");
        var list = await _client.CreateListAsync("Complex Parts", acme.Id, boreal.Id);
        var rfq = await _client.CreateRfqAsync(Api.Rfq(vendorListId: list.Id));
        await (await _client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();

        var invitations = await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 2);
        var toAcme = invitations.Single(m => m.To.Mailboxes.Any(a => a.Address == "sales@acmemachining.example"));
        var replyTo = toAcme.ReplyTo.Mailboxes.Single().Address;
        var otherReplyTo = invitations.Single(m => m != toAcme).ReplyTo.Mailboxes.Single().Address;
        Assert.Matches("^purchasing\\+[a-z2-7]{16}@customer\\.example$", replyTo);
        Assert.NotEqual(replyTo, otherReplyTo);
        Assert.Contains($"BEGIN QUOTE {rfq.Number}", toAcme.TextBody, StringComparison.Ordinal);
        Assert.Contains(toAcme.Attachments, a => a.ContentType.MimeType == "text/csv");
        Assert.Contains("BRK-4471", toAcme.HtmlBody, StringComparison.Ordinal);

        var filled = FillTemplate(toAcme.TextBody!, ("1", "12.50", "28", "100"), ("2", "0.0385", "0", string.Empty));
        var reply = new MimeMessage();
        reply.From.Add(new MailboxAddress("Acme Sales", "sales@acmemachining.example"));
        reply.To.Add(MailboxAddress.Parse(replyTo));
        reply.Subject = "Re: " + toAcme.Subject;
        reply.InReplyTo = toAcme.MessageId;
        reply.Date = DateTimeOffset.UtcNow;
        reply.Body = new TextPart("plain") { Text = "Please find our prices below.\n\n" + filled + "\nBest regards\n" };
        await DropAsync(reply);

        var quote = await WaitForQuoteAsync(rfq.Id, acme.Id);
        Assert.Equal("email", quote.Source);
        Assert.Equal(new MoneyDto(12.5m, "USD"), quote.Quote.Lines.Single(l => l.LineNumber == 1).UnitPrice);
        Assert.Equal(28, quote.Quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(new MoneyDto(0.0385m, "USD"), quote.Quote.Lines.Single(l => l.LineNumber == 2).UnitPrice);
        var thread = await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{acme.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();
        Assert.Equal(["outbound", "inbound"], thread.Select(m => m.Direction));
        Assert.Equal("sent", thread[0].Status);
        Assert.Equal("reply-token", thread[1].MatchMethod);
        var audit = await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/audit")).ReadAsync<PageDto<AuditEntryResource>>();
        Assert.Equal(2, audit.Items.Count(a => a.Action == "mail.sent"));
    }

    [Fact]
    public async Task A_reply_to_the_token_from_a_stranger_is_held_as_suspicious()
    {
        var acme = await _client.CreateVendorAsync("Acme Machining");
        var rfq = await _client.CreateRfqAsync();
        await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id] }, Api.Json);
        await _client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        var invitation = (await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 1)).Single();

        var spoof = new MimeMessage();
        spoof.From.Add(new MailboxAddress("Mallory", "mallory@evil.example"));
        spoof.To.Add(invitation.ReplyTo.Mailboxes.Single());
        spoof.Subject = "Re: " + invitation.Subject;
        spoof.Body = new TextPart("plain") { Text = FillTemplate(invitation.TextBody!, ("1", "1.00", "1", string.Empty), ("2", "0.01", "1", string.Empty)) };
        await DropAsync(spoof);

        var deadline = DateTime.UtcNow.AddSeconds(15);
        List<ThreadMessageResource> thread;
        do
        {
            await Task.Delay(100);
            thread = await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{acme.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();
        }
        while (!thread.Any(m => m.Direction == "inbound") && DateTime.UtcNow < deadline);

        var inbound = Assert.Single(thread, m => m.Direction == "inbound");
        Assert.True(inbound.Suspicious);
        Assert.Equal("suspicious", inbound.Status);
        Assert.Empty(await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
    }

    [Fact]
    public async Task A_vendor_attached_after_publishing_gets_its_own_invitation_and_rfq_published_is_not_repeated()
    {
        var acme = await _client.CreateVendorAsync("Acme Machining");
        var boreal = await _client.CreateVendorAsync("Boreal Fasteners");
        var rfq = await _client.CreateRfqAsync();
        await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id] }, Api.Json);
        await _client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        var first = (await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 1)).Single();
        await WaitForAsync(async () => (await PublishedEventsAsync(rfq.Id)).Count == 1, "rfq.published");

        var attached = await (await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [boreal.Id] }, Api.Json)).ReadAsync<RfqResource>();

        Assert.Equal("invited", attached.Vendors.Single(v => v.VendorId == boreal.Id).Status);
        var late = (await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 2)).Single(m => m.MessageId != first.MessageId);
        Assert.Equal("sales@borealfasteners.example", late.To.Mailboxes.Single().Address);
        Assert.Contains($"BEGIN QUOTE {rfq.Number}", late.TextBody, StringComparison.Ordinal);
        Assert.Contains(late.Attachments, a => a.ContentType.MimeType == "text/csv");
        Assert.Matches("^purchasing\\+[a-z2-7]{16}@customer\\.example$", late.ReplyTo.Mailboxes.Single().Address);
        Assert.NotEqual(first.ReplyTo.Mailboxes.Single().Address, late.ReplyTo.Mailboxes.Single().Address);
        await WaitForAsync(
            async () => (await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{boreal.Id}/messages")).ReadAsync<List<ThreadMessageResource>>()).Single().Status == "sent",
            "the late invitation sent");
        var audit = await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/audit")).ReadAsync<PageDto<AuditEntryResource>>();
        Assert.Contains(audit.Items, a => a.Action == "rfq.vendors_attached" && a.Detail == "1 invitation(s) queued");
        Assert.Single(await PublishedEventsAsync(rfq.Id));

        var again = await (await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [boreal.Id] }, Api.Json)).ReadAsync<RfqResource>();
        Assert.Equal(attached.Version, again.Version);
        await Task.Delay(300);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_host.MailDirectory, "outbox"), "*.eml").Length);
    }

    [Fact]
    public async Task A_vendor_attached_by_a_host_whose_clock_is_behind_does_not_repeat_rfq_published()
    {
        var clock = new SkewedClock();
        await using var host = _host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", PurchaserHostFactory.ApiKey);
        var acme = await client.CreateVendorAsync("Acme Machining");
        var boreal = await client.CreateVendorAsync("Boreal Fasteners");
        var rfq = await client.CreateRfqAsync();
        await client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id] }, Api.Json);
        await client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        await WaitForAsync(async () => (await PublishedEventsAsync(rfq.Id, host)).Count == 1, "rfq.published");

        // The vendor is attached through a host whose clock runs a minute behind the one that published.
        clock.Skew = TimeSpan.FromMinutes(-1);
        await client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [boreal.Id] }, Api.Json);
        await WaitForAsync(
            async () => (await (await client.GetAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{boreal.Id}/messages")).ReadAsync<List<ThreadMessageResource>>()).Single().Status == "sent",
            "the late invitation sent");
        await Task.Delay(300);

        Assert.Single(await PublishedEventsAsync(rfq.Id, host));
    }

    /// <summary>The system clock moved by <see cref="Skew"/>, as another host's clock may be.</summary>
    private sealed class SkewedClock : TimeProvider
    {
        public TimeSpan Skew { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Skew;
    }

    [Fact]
    public async Task A_message_to_a_vendor_goes_out_in_the_same_thread()
    {
        var acme = await _client.CreateVendorAsync("Acme Machining");
        var rfq = await _client.CreateRfqAsync();
        await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id] }, Api.Json);
        await _client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        var invitation = (await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 1)).Single();

        var sent = await (await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{acme.Id}/messages", new SendVendorMessageRequest { Text = "Can you improve line 1 for 1,000 pieces?" }, Api.Json))
            .ReadAsync<ThreadMessageResource>(HttpStatusCode.Accepted);
        var message = (await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 2)).Single(m => m.MessageId == sent.MessageId);

        Assert.Equal(invitation.MessageId, message.InReplyTo);
        Assert.Equal(invitation.ReplyTo.Mailboxes.Single().Address, message.ReplyTo.Mailboxes.Single().Address);
        Assert.Contains("1,000 pieces", message.TextBody, StringComparison.Ordinal);
        var problem = await (await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{acme.Id}/messages", new SendVendorMessageRequest { Text = " " }, Api.Json)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("text"));
    }

    [Fact]
    public async Task A_bounce_is_recorded_against_the_vendors_send()
    {
        var acme = await _client.CreateVendorAsync("Acme Machining");
        var rfq = await _client.CreateRfqAsync();
        await _client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id] }, Api.Json);
        await _client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        var invitation = (await WaitForFilesAsync(Path.Combine(_host.MailDirectory, "outbox"), 1)).Single();

        var dsn = $"""
            From: Mail Delivery System <MAILER-DAEMON@mx.customer.example>
            To: purchasing@customer.example
            Subject: Undelivered Mail Returned to Sender
            Message-ID: <bounce-1@mx.customer.example>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain

            Your message could not be delivered.
            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.customer.example

            Final-Recipient: rfc822; sales@acmemachining.example
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 User unknown

            --b1
            Content-Type: text/rfc822-headers

            From: Purchasing <purchasing@customer.example>
            To: sales@acmemachining.example
            Subject: {invitation.Subject}
            Message-ID: <{invitation.MessageId}>

            --b1--
            """.ReplaceLineEndings("\r\n");
        var inbox = Path.Combine(_host.MailDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        await File.WriteAllTextAsync(Path.Combine(_host.MailDirectory, "dsn.tmp"), dsn);
        File.Move(Path.Combine(_host.MailDirectory, "dsn.tmp"), Path.Combine(inbox, "dsn.eml"));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        ThreadMessageResource sent;
        do
        {
            await Task.Delay(100);
            sent = (await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/vendors/{acme.Id}/messages")).ReadAsync<List<ThreadMessageResource>>()).Single(m => m.Direction == "outbound");
        }
        while (sent.Status != "failed" && DateTime.UtcNow < deadline);

        Assert.Equal("failed", sent.Status);
        Assert.Contains("5.1.1", sent.Detail, StringComparison.Ordinal);
        var audit = await (await _client.GetAsync($"/api/v1/rfqs/{rfq.Id}/audit")).ReadAsync<PageDto<AuditEntryResource>>();
        Assert.Contains(audit.Items, a => a.Action == "mail.bounced");
        var bounces = await (await _client.GetAsync("/api/v1/inbound/messages?status=bounce")).ReadAsync<PageDto<InboundMessageResource>>();
        Assert.Equal(acme.Id, Assert.Single(bounces.Items).VendorId);
    }

    private async Task<List<OutboxMessage>> PublishedEventsAsync(Guid rfqId, WebApplicationFactory<Program>? host = null)
    {
        var events = await (host ?? _host).Services.GetRequiredService<IOutboxStore>().ReadAsync(0, 1000, CancellationToken.None);
        return [.. events.Where(e => e.EventType == EventTypes.RfqPublished && e.SubjectId == rfqId)];
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }

    private static string FillTemplate(string body, params (string Line, string Price, string LeadDays, string Moq)[] answers)
    {
        var filled = new StringBuilder();
        foreach (var row in body.ReplaceLineEndings("\n").Split('\n'))
        {
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            var answer = answers.FirstOrDefault(a => cells.Length == 9 && cells[0] == a.Line);
            filled.AppendLine(answer.Line is null ? row : string.Join(" | ", cells[0], cells[1], cells[2], cells[3], answer.Price, cells[5], answer.LeadDays, answer.Moq, cells[8]));
        }

        var text = filled.ToString();
        var start = text.IndexOf("----- BEGIN QUOTE", StringComparison.Ordinal);
        var end = EndMarker().Match(text, start);
        return text[start..(end.Index + end.Length)];
    }

    private async Task DropAsync(MimeMessage reply)
    {
        var inbox = Path.Combine(_host.MailDirectory, "inbox");
        Directory.CreateDirectory(inbox);
        var temporary = Path.Combine(_host.MailDirectory, $"{Guid.NewGuid():N}.tmp");
        await reply.WriteToAsync(temporary);
        File.Move(temporary, Path.Combine(inbox, $"{Guid.NewGuid():N}.eml"));
    }

    private async Task<QuoteResource> WaitForQuoteAsync(Guid rfqId, Guid vendorId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var quotes = await (await _client.GetAsync($"/api/v1/rfqs/{rfqId}/quotes")).ReadAsync<List<QuoteResource>>();
            if (quotes.FirstOrDefault(q => q.VendorId == vendorId) is { } quote)
            {
                return quote;
            }

            await Task.Delay(100);
        }

        var messages = await _client.GetStringAsync("/api/v1/inbound/messages");
        throw new TimeoutException("No quote arrived; inbound messages: " + messages);
    }

    private static async Task<List<MimeMessage>> WaitForFilesAsync(string folder, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml") is { } files && files.Length >= count)
            {
                return [.. files.Select(f => MimeMessage.Load(f))];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} messages in {folder}.");
    }

    [GeneratedRegex(@"----- END QUOTE [^\n]*-----")]
    private static partial Regex EndMarker();
}
