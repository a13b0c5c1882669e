using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Quotes.Inbound;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// Hostile inbound mail is bounded by <c>Purchaser:Mail:Inbound</c>: over a limit it is kept as <c>refused</c> with the
/// reason and never read; legacy charsets are decoded as declared.
/// </summary>
public sealed class InboundLimitTests : IAsyncLifetime
{
    private readonly PurchaserHostFactory _factory = new();
    private WebApplicationFactory<Program> _host = null!;
    private HttpClient _client = null!;
    private RfqResource _rfq = null!;
    private VendorResource _vendor = null!;

    public async Task InitializeAsync()
    {
        _host = _factory.WithWebHostBuilder(b => b
            .UseSetting("Purchaser:Mail:Inbound:MaxHeaders", "200")
            .UseSetting("Purchaser:Mail:Inbound:MaxAttachments", "2")
            .UseSetting("Purchaser:Mail:Inbound:MaxAttachmentBytes", "4096")
            .UseSetting("Purchaser:Mail:Inbound:MaxMimeDepth", "6"));
        _client = _host.CreateClient();
        _client.DefaultRequestHeaders.Authorization = new("Bearer", PurchaserHostFactory.ApiKey);
        _vendor = await _client.CreateVendorAsync("Acme Machining");
        _rfq = await _client.PublishedRfqAsync(_vendor.Id);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Mime_nested_deeper_than_the_limit_is_refused_and_kept()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            body.Append($"--b{i}\r\nContent-Type: multipart/mixed; boundary=\"b{i + 1}\"\r\n\r\n");
        }

        body.Append("--b8\r\nContent-Type: text/plain\r\n\r\nLine 1: USD 9.00\r\n--b8--\r\n");
        var message = await PostAsync(Mail("<deep@acme.example>", "multipart/mixed; boundary=\"b0\"", body.ToString()));

        Assert.Equal("refused", message.Status);
        Assert.Contains("deeper than 6", message.Reason, StringComparison.Ordinal);
        var stored = await (await _client.GetAsync($"/api/v1/inbound/messages/{message.Id}")).ReadAsync<InboundMessageResource>();
        Assert.Equal("refused", stored.Status);
        Assert.Empty(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
    }

    [Fact]
    public async Task Nesting_within_the_limit_is_read()
    {
        var body = "--b0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\n" +
                   "Line | Part | Qty | Unit price\r\n1 | BRK-4471 | 500 | USD 12.50\r\n2 | SCR-M4X10-A2 | 20000 | USD 0.04\r\n--b1--\r\n--b0--\r\n";
        var message = await PostAsync(Mail("<shallow@acme.example>", "multipart/mixed; boundary=\"b0\"", body));
        Assert.Equal("quoted", message.Status);
    }

    [Fact]
    public async Task Too_many_headers_are_refused()
    {
        var headers = string.Concat(Enumerable.Range(0, 250).Select(i => $"X-Junk-{i}: {i}\r\n"));
        var message = await PostAsync(Mail("<headers@acme.example>", "text/plain", "Line 1: USD 9.00\r\n", headers));

        Assert.Equal("refused", message.Status);
        Assert.Contains("more than 200", message.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_message_cannot_be_assigned_and_read_as_a_quote()
    {
        var headers = string.Concat(Enumerable.Range(0, 250).Select(i => $"X-Junk-{i}: {i}\r\n"));
        var message = await PostAsync(Mail("<assign-refused@acme.example>", "text/plain", "Line 1: USD 9.00\r\n", headers));

        var problem = await (await _client.PostAsJsonAsync($"/api/v1/inbound/messages/{message.Id}/assign", new AssignInboundMessageRequest { RfqId = _rfq.Id, VendorId = _vendor.Id }, Api.Json))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("inbound.refused", problem.GetProperty("code").GetString());
        Assert.Empty(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
    }

    [Fact]
    public async Task Too_many_attachments_or_one_too_large_are_refused()
    {
        var three = await PostAsync(Mail("<three@acme.example>", "multipart/mixed; boundary=\"m\"", Attachments(("a.csv", 10), ("b.csv", 10), ("c.csv", 10))));
        var large = await PostAsync(Mail("<large@acme.example>", "multipart/mixed; boundary=\"m\"", Attachments(("offer.csv", 6000))));
        var fine = await PostAsync(Mail("<fine@acme.example>", "multipart/mixed; boundary=\"m\"", Attachments(("a.csv", 10), ("b.csv", 3000))));

        Assert.Equal("refused", three.Status);
        Assert.Contains("3 attachments, more than 2", three.Reason, StringComparison.Ordinal);
        Assert.Equal("refused", large.Status);
        Assert.Contains("6000 bytes decoded", large.Reason, StringComparison.Ordinal);
        Assert.NotEqual("refused", fine.Status);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_recorded_by_its_headers_only()
    {
        await using var small = _factory.WithWebHostBuilder(b => b.UseSetting("Purchaser:Mail:Inbound:MaxMessageBytes", "4096"));
        var big = Mail("<big@acme.example>", "text/plain", new string('x', 10_000));
        var client = small.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", PurchaserHostFactory.ApiKey);
        using var content = new ByteArrayContent(big);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        await (await client.PostAsync("/api/v1/inbound/email", content)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        // A mail drop or another sink hands the whole message over: only its headers are kept.
        await using var scope = small.Services.CreateAsyncScope();
        var tenant = (await scope.ServiceProvider.GetRequiredService<Purchaser.Storage.ITenantStore>().ListTenantsAsync(CancellationToken.None)).Single().Id;
        var processor = scope.ServiceProvider.GetRequiredService<InboundMailProcessor>();
        var stored = await processor.ProcessAsync(tenant, big, "directory");
        var again = await processor.ProcessAsync(tenant, big, "directory");

        Assert.Equal(InboundMessageStatus.Refused, stored.Status);
        Assert.Equal("big@acme.example", stored.MessageId);
        Assert.Equal("sales@acmemachining.example", stored.From);
        Assert.Equal($"Re: {_rfq.Number}", stored.Subject);
        Assert.True(stored.Raw.IsEmpty);
        Assert.Contains("more than 4096", stored.Reason, StringComparison.Ordinal);
        Assert.Equal(stored.Id, again.Id);
    }

    [Theory]
    [InlineData("windows-1252", "Stückpreis 12,50 € – Lieferzeit 4 Wochen", "–", "EUR")]
    [InlineData("iso-8859-2", "Cena jednostkowa 12,50 zł, dostawa 4 tygodnie", "ł", "PLN")]
    [InlineData("iso-8859-15", "Prix unitaire 12,50 €, délai 4 semaines", "é", "EUR")]
    public async Task A_reply_in_a_legacy_charset_is_decoded_as_declared(string charset, string line, string special, string currency)
    {
        var encoding = LegacyEncoding(charset);
        var subject = $"=?{charset}?B?{Convert.ToBase64String(encoding.GetBytes($"Re: {_rfq.Number} {special} Angebot für Sie"))}?=";
        var head = $"From: Vendor <sales@acmemachining.example>\r\nTo: purchasing@customer.example\r\nSubject: {subject}\r\nMessage-ID: <{charset}@acme.example>\r\n" +
                   $"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
        var raw = Encoding.ASCII.GetBytes(head).Concat(encoding.GetBytes($"BRK-4471: {line}\r\n")).ToArray();

        var message = await PostAsync(raw);

        Assert.Equal($"Re: {_rfq.Number} {special} Angebot für Sie", message.Subject);
        Assert.Equal("quoted", message.Status);
        var quote = Assert.Single(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
        Assert.Equal(new MoneyDto(12.5m, currency), quote.Quote.Lines.Single(l => l.LineNumber == 1).UnitPrice);
    }

    [Fact]
    public async Task Raw_8bit_headers_that_are_not_utf8_are_read_as_windows_1252()
    {
        var head = Encoding.ASCII.GetBytes("From: Vendor <sales@acmemachining.example>\r\nTo: purchasing@customer.example\r\nSubject: ")
            .Concat(LegacyEncoding("windows-1252").GetBytes($"Re: {_rfq.Number} Grüße, 12 €"))
            .Concat(Encoding.ASCII.GetBytes("\r\nMessage-ID: <raw8bit@acme.example>\r\nContent-Type: text/plain\r\n\r\nThanks, we will quote soon.\r\n"))
            .ToArray();

        var message = await PostAsync(head);

        Assert.Equal($"Re: {_rfq.Number} Grüße, 12 €", message.Subject);
    }

    private static Encoding LegacyEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    private static string Attachments(params (string Name, int Size)[] files) =>
        "--m\r\nContent-Type: text/plain\r\n\r\nOur offer is attached.\r\n" +
        string.Concat(files.Select(f => $"--m\r\nContent-Type: text/csv\r\nContent-Disposition: attachment; filename=\"{f.Name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                                        Convert.ToBase64String(new byte[f.Size], Base64FormattingOptions.InsertLineBreaks) + "\r\n")) +
        "--m--\r\n";

    private byte[] Mail(string messageId, string contentType, string body, string extraHeaders = "") => Encoding.UTF8.GetBytes(
        $"{extraHeaders}From: Vendor <sales@acmemachining.example>\r\nTo: purchasing@customer.example\r\nSubject: Re: {_rfq.Number}\r\n" +
        $"Message-ID: {messageId}\r\nMIME-Version: 1.0\r\nContent-Type: {contentType}\r\n\r\n{body}");

    private async Task<InboundMessageResource> PostAsync(byte[] raw)
    {
        using var content = new ByteArrayContent(raw);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return await (await _client.PostAsync("/api/v1/inbound/email", content)).ReadAsync<InboundMessageResource>(HttpStatusCode.Accepted);
    }
}
