using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using MimeKit;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>Attachments of the mail in a vendor's thread are listed and downloadable: the template sent, the files received.</summary>
public sealed class AttachmentApiTests : IAsyncLifetime
{
    private readonly PurchaserHostFactory _host = new();
    private HttpClient _client = null!;
    private VendorResource _vendor = null!;
    private RfqResource _rfq = null!;

    public async Task InitializeAsync()
    {
        _client = _host.ClientWithKey();
        _vendor = await _client.CreateVendorAsync("Acme Machining");
        _rfq = await _client.PublishedRfqAsync(_vendor.Id);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_invitations_csv_template_is_listed_in_the_thread_and_downloadable()
    {
        var invitation = Assert.Single(await ThreadAsync(), m => m.Direction == "outbound");

        var csv = Assert.Single(invitation.Attachments, a => a.ContentType == "text/csv");
        Assert.EndsWith(".csv", csv.FileName, StringComparison.Ordinal);
        var response = await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/vendors/{_vendor.Id}/messages/{invitation.Id}/attachments/{csv.Id}");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(csv.FileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(csv.Size, bytes.LongLength);
        Assert.Contains("BRK-4471", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replys_attachments_are_listed_and_returned_as_sent_with_a_safe_file_name()
    {
        var spreadsheet = Enumerable.Range(0, 3000).Select(i => (byte)(i * 7)).ToArray();
        var reply = new MimeMessage();
        reply.From.Add(MailboxAddress.Parse("sales@acmemachining.example"));
        reply.To.Add(MailboxAddress.Parse("purchasing@customer.example"));
        reply.Subject = $"Re: {_rfq.Number} our offer";
        reply.MessageId = "offer-1@acmemachining.example";
        var body = new BodyBuilder { TextBody = "Please see the attached offer." };
        body.Attachments.Add("offer.xlsx", spreadsheet, new ContentType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        body.Attachments.Add("../../etc/passwd\".html", Encoding.UTF8.GetBytes("<script>alert(1)</script>"), new ContentType("text", "html"));
        reply.Body = body.ToMessageBody();

        var stored = await PostAsync(reply);
        var inbound = Assert.Single(await ThreadAsync(), m => m.Direction == "inbound");

        Assert.Equal(stored.Id, inbound.Id);
        Assert.Equal(2, inbound.Attachments.Count);
        Assert.Equal("offer.xlsx", inbound.Attachments[0].FileName);
        var xlsx = inbound.Attachments[0];
        Assert.Equal(3000, xlsx.Size);
        var download = await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/vendors/{_vendor.Id}/messages/{inbound.Id}/attachments/{xlsx.Id}");
        Assert.Equal(spreadsheet, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);

        var script = await _client.GetAsync($"/api/v1/inbound/messages/{stored.Id}/attachments/{inbound.Attachments[1].Id}");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("attachment", script.Content.Headers.ContentDisposition?.DispositionType);
        var fileName = script.Content.Headers.ContentDisposition?.FileNameStar ?? script.Content.Headers.ContentDisposition?.FileName;
        Assert.Equal("passwd.html", fileName?.Trim('"'));
        Assert.Equal("nosniff", Assert.Single(script.Headers.GetValues("X-Content-Type-Options")));

        var resource = await (await _client.GetAsync($"/api/v1/inbound/messages/{stored.Id}")).ReadAsync<InboundMessageResource>();
        Assert.Equal(2, resource.Attachments.Count);
        var missing = await (await _client.GetAsync($"/api/v1/inbound/messages/{stored.Id}/attachments/9")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("mail.attachment_not_found", missing.Field("code"));
        await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/vendors/{_vendor.Id}/messages/{Guid.NewGuid()}/attachments/1")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_forwarded_message_is_an_attachment_of_type_message_rfc822()
    {
        var original = new MimeMessage();
        original.From.Add(MailboxAddress.Parse("planner@acmemachining.example"));
        original.To.Add(MailboxAddress.Parse("sales@acmemachining.example"));
        original.Subject = "Capacity";
        original.Body = new TextPart("plain") { Text = "We can do 500 in four weeks." };
        var forward = new MimeMessage();
        forward.From.Add(MailboxAddress.Parse("sales@acmemachining.example"));
        forward.To.Add(MailboxAddress.Parse("purchasing@customer.example"));
        forward.Subject = $"Fwd: {_rfq.Number}";
        forward.Body = new Multipart("mixed") { new TextPart("plain") { Text = "See below." }, new MessagePart { Message = original } };

        var stored = await PostAsync(forward);

        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal("message/rfc822", attachment.ContentType);
        var bytes = await (await _client.GetAsync($"/api/v1/inbound/messages/{stored.Id}/attachments/{attachment.Id}")).Content.ReadAsByteArrayAsync();
        Assert.Equal("Capacity", MimeMessage.Load(new MemoryStream(bytes)).Subject);
    }

    private async Task<List<ThreadMessageResource>> ThreadAsync() =>
        await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/vendors/{_vendor.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();

    private async Task<InboundMessageResource> PostAsync(MimeMessage message)
    {
        using var raw = new MemoryStream();
        await message.WriteToAsync(raw);
        using var content = new ByteArrayContent(raw.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await (await _client.PostAsync("/api/v1/inbound/email", content)).ReadAsync<InboundMessageResource>(HttpStatusCode.Accepted);
    }
}
