using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Tests;

/// <summary>Vendor replies posted as raw MIME become quote revisions; what cannot be read or matched is kept with a reason.</summary>
public sealed class InboundEmailTests : IAsyncLifetime
{
    private readonly PurchaserHostFactory _host = new();
    private HttpClient _client = null!;
    private VendorResource _vendor = null!;
    private RfqResource _rfq = null!;

    public async Task InitializeAsync()
    {
        _client = _host.ClientWithKey();
        _vendor = await (await _client.PostAsJsonAsync("/api/v1/vendors", new CreateVendorRequest { Name = "Acme Machining", Contacts = [new VendorContactDto("Sales", "sales@acme.example")] }, Api.Json))
            .ReadAsync<VendorResource>(HttpStatusCode.Created);
        _rfq = await _client.PublishedRfqAsync(_vendor.Id);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_reply_with_a_price_table_becomes_a_quote_revision_once()
    {
        var email = Api.Email("sales@acme.example", $"Re: {_rfq.Number} Complex parts", "<q1@acme.example>", """
            Hello,

            Our prices:

            Line | Part         | Qty   | Unit price | Lead time
            1    | BRK-4471     | 500   | USD 12.50  | 4 weeks
            2    | SCR-M4X10-A2 | 20000 | USD 0.0385 | stock

            Valid 30 days. FOB Chicago.
            """);

        var first = await _client.PostEmailAsync(email);
        var again = await _client.PostEmailAsync(email);

        Assert.Equal("quoted", first.Status);
        Assert.Equal(_rfq.Id, first.RfqId);
        Assert.Equal(_vendor.Id, first.VendorId);
        Assert.Equal("rfq-number", first.MatchMethod);
        Assert.Equal(first.Id, again.Id);
        var quote = Assert.Single(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
        Assert.Equal(first.QuoteRevisionId, quote.QuoteRevisionId);
        Assert.Equal("email", quote.Source);
        Assert.Equal("q1@acme.example", quote.MessageId);
        Assert.Equal("parsed", quote.Quote.Status);
        Assert.Equal(new MoneyDto(12.5m, "USD"), quote.Quote.Lines.Single(l => l.LineNumber == 1).UnitPrice);
        Assert.Equal(28, quote.Quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(0, quote.Quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
        Assert.Equal("FOB", quote.Quote.Incoterms);
        var thread = await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/vendors/{_vendor.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();
        Assert.Equal(first.Id, Assert.Single(thread, m => m.Direction == "inbound").Id);
        var invitation = Assert.Single(thread, m => m.Direction == "outbound");
        Assert.Equal(["sales@acme.example"], invitation.To);
    }

    [Fact]
    public async Task A_question_is_kept_in_the_thread_as_unparseable_with_a_reason()
    {
        var message = await _client.PostEmailAsync(Api.Email("sales@acme.example", "Question about your request", "<q2@acme.example>", "Hi, could you send the drawing for the bracket? Thanks."));

        Assert.Equal("unparseable", message.Status);
        Assert.Equal("sender", message.MatchMethod);
        Assert.False(string.IsNullOrWhiteSpace(message.Reason));
        Assert.Null(message.QuoteRevisionId);
        Assert.Empty(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
    }

    [Fact]
    public async Task A_question_that_mentions_a_price_is_kept_in_the_thread_and_fires_no_quote_received()
    {
        var message = await _client.PostEmailAsync(Api.Email("sales@acme.example", $"Re: {_rfq.Number} Complex parts", "<q5@acme.example>", """
            Hello,

            Could you confirm the material grade for BRK-4471 before we quote? We would be at about USD 12.00 each in 6082.
            What is the required finish?

            Regards
            """));

        Assert.Equal("unparseable", message.Status);
        Assert.StartsWith("question: Could you confirm the material grade", message.Reason, StringComparison.Ordinal);
        Assert.Null(message.QuoteRevisionId);
        Assert.Empty(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
        var thread = await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/vendors/{_vendor.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();
        var question = Assert.Single(thread, m => m.Direction == "inbound");
        Assert.Equal(message.Id, question.Id);
        Assert.Contains("Could you confirm the material grade", question.Text, StringComparison.Ordinal);
        var single = await (await _client.GetAsync($"/api/v1/inbound/messages/{message.Id}")).ReadAsync<InboundMessageResource>();
        Assert.Equal(question.Text, single.Text);
        Assert.All((await (await _client.GetAsync("/api/v1/inbound/messages")).ReadAsync<PageDto<InboundMessageResource>>()).Items, m => Assert.Null(m.Text));
        var audit = await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/audit")).ReadAsync<PageDto<AuditEntryResource>>();
        Assert.DoesNotContain(audit.Items, a => a.Action == "quote.received");
    }

    [Fact]
    public async Task A_second_quote_is_a_revised_quote_and_every_value_shows_where_it_was_read()
    {
        await _client.PostEmailAsync(Api.Email("sales@acme.example", $"Re: {_rfq.Number} Complex parts", "<q6@acme.example>", """
            Line | Part         | Qty   | Unit price | Lead time
            1    | BRK-4471     | 500   | USD 12.50  | 4 weeks
            2    | SCR-M4X10-A2 | 20000 | USD 0.0385 | stock
            """));
        var second = await _client.PostEmailAsync(Api.Email("sales@acme.example", $"Re: {_rfq.Number} Complex parts", "<q7@acme.example>", """
            Sorry, a better price on the bracket:

            BRK-4471: USD 11.90 each, 4 weeks.
            """));

        Assert.Equal("quoted", second.Status);
        var revisions = await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>();
        var latest = Assert.Single(revisions);
        Assert.Equal(2, latest.Revision);
        Assert.Equal("revised-quote", latest.Quote.Classification);
        var line = latest.Quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(new SourceSpanDto("body", "USD 11.90 each"), line.Sources["unitPrice"]);
        Assert.Equal(new SourceSpanDto("body", "4 weeks"), line.Sources["leadTimeDays"]);
        Assert.InRange(line.Confidence!.Value, 0.1, 0.8);
        var history = await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes/{latest.QuoteId}/revisions")).ReadAsync<List<QuoteResource>>();
        var first = history.Single(r => r.Revision == 1);
        Assert.Equal("quote", first.Quote.Classification);
        Assert.Equal(new SourceSpanDto("body", "USD 12.50"), first.Quote.Lines.Single(l => l.LineNumber == 1).Sources["unitPrice"]);
        Assert.Equal(0.9, first.Quote.Lines.Single(l => l.LineNumber == 1).Confidence);
    }

    [Fact]
    public async Task A_stranger_is_unmatched_and_listed_for_a_person()
    {
        var message = await _client.PostEmailAsync(Api.Email("someone@unknown.example", $"Re: {_rfq.Number}", "<q3@unknown.example>", "Line 1: USD 9.00"));

        Assert.Equal("unmatched", message.Status);
        Assert.Contains("someone@unknown.example", message.Reason, StringComparison.Ordinal);
        var unmatched = await (await _client.GetAsync("/api/v1/inbound/messages?status=unmatched")).ReadAsync<PageDto<InboundMessageResource>>();
        Assert.Equal(message.Id, Assert.Single(unmatched.Items).Id);
    }

    [Fact]
    public async Task A_person_can_assign_an_unmatched_reply_and_it_becomes_the_vendors_quote()
    {
        var message = await _client.PostEmailAsync(Api.Email("quotes@acme-sales.example", "Our offer", "<q4@acme-sales.example>", """
            Line | Part         | Qty   | Unit price
            1    | BRK-4471     | 500   | USD 11.00
            2    | SCR-M4X10-A2 | 20000 | USD 0.04
            """));
        Assert.Equal("unmatched", message.Status);

        var assigned = await (await _client.PostAsJsonAsync($"/api/v1/inbound/messages/{message.Id}/assign", new AssignInboundMessageRequest { RfqId = _rfq.Id, VendorId = _vendor.Id }, Api.Json))
            .ReadAsync<InboundMessageResource>();

        Assert.Equal("quoted", assigned.Status);
        Assert.Equal("manual", assigned.MatchMethod);
        var quote = Assert.Single(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
        Assert.Equal(assigned.QuoteRevisionId, quote.QuoteRevisionId);
        var again = await (await _client.PostAsJsonAsync($"/api/v1/inbound/messages/{message.Id}/assign", new AssignInboundMessageRequest(), Api.Json)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("inbound.already_quoted", again.Field("code"));
    }

    [Fact]
    public async Task A_reply_failing_dmarc_at_the_customers_own_server_is_held_as_suspicious()
    {
        var client = _host.WithWebHostBuilder(b => b.UseSetting("Purchaser:Mail:TrustedAuthServId", "mx.customer.example")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", PurchaserHostFactory.ApiKey);
        var forgedVerdict = "Authentication-Results: evil.example; dmarc=pass\r\n";
        var realVerdict = "Authentication-Results: mx.customer.example; spf=pass smtp.mailfrom=acme.example; dkim=fail header.d=acme.example; dmarc=fail header.from=acme.example\r\n";

        using var content = new ByteArrayContent(Api.Email("sales@acme.example", $"Re: {_rfq.Number}", "<q5@acme.example>", "Line 1: USD 1.00 each", forgedVerdict + realVerdict));
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        var message = await (await client.PostAsync("/api/v1/inbound/email", content)).ReadAsync<InboundMessageResource>(HttpStatusCode.Accepted);

        Assert.Equal("suspicious", message.Status);
        Assert.Contains("DMARC", message.Reason, StringComparison.Ordinal);
        Assert.Empty(await (await client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
    }

    [Fact]
    public async Task A_reply_stored_by_a_host_that_died_before_reading_it_is_read_when_it_comes_again()
    {
        var raw = Api.Email("sales@acme.example", $"Re: {_rfq.Number}", "<orphan@acme.example>", "Line | Part | Qty | Unit price\n1 | BRK-4471 | 500 | USD 12.50\n2 | SCR-M4X10-A2 | 20000 | USD 0.04");
        // What a host leaves behind when it is killed between storing the raw message and reading it.
        await StoreUnreadAsync(raw, "orphan@acme.example", TimeSpan.FromSeconds(11));

        var again = await _client.PostEmailAsync(raw);

        Assert.Equal("quoted", again.Status);
        Assert.Equal(again.QuoteRevisionId, Assert.Single(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>()).QuoteRevisionId);
        Assert.Equal(again.Id, (await _client.PostEmailAsync(raw)).Id);
    }

    [Fact]
    public async Task A_reply_whose_host_died_after_storing_its_quote_is_not_quoted_twice()
    {
        var raw = Api.Email("sales@acme.example", $"Re: {_rfq.Number}", "<halfway@acme.example>", "Line | Part | Qty | Unit price\n1 | BRK-4471 | 500 | USD 12.50\n2 | SCR-M4X10-A2 | 20000 | USD 0.04");
        // A host killed after the quote's transaction committed but before it marked the message as read.
        var orphan = await StoreUnreadAsync(raw, "halfway@acme.example", TimeSpan.FromSeconds(11));
        QuoteRevision storedByTheDeadHost;
        using (var scope = _host.Services.CreateScope())
        {
            var services = scope.ServiceProvider;
            var rfq = (await services.GetRequiredService<IRfqStore>().FindAsync(orphan.TenantId, new Id<Rfq>(_rfq.Id), CancellationToken.None))!;
            var quote = services.GetRequiredService<Purchaser.Quotes.QuoteParser>().Parse(raw, rfq);
            storedByTheDeadHost = await services.GetRequiredService<QuoteService>()
                .StoreAsync(orphan.TenantId, rfq.Id, new Id<Vendor>(_vendor.Id), quote, QuoteSource.Email, orphan, new Actor("system", "imap", "imap"));
        }

        var again = await _client.PostEmailAsync(raw);

        Assert.Equal("quoted", again.Status);
        Assert.Equal(storedByTheDeadHost.Id.Value, again.QuoteRevisionId);
        var quoted = Assert.Single(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
        Assert.Equal(1, quoted.Revision);
        Assert.Equal(again.Id, quoted.InboundMessageId);
        using var check = _host.Services.CreateScope();
        var received = (await check.ServiceProvider.GetRequiredService<IOutboxStore>().ReadAsync(0, 1000, CancellationToken.None))
            .Count(m => m.SubjectId == _rfq.Id && m.EventType == EventTypes.QuoteReceived);
        Assert.Equal(1, received);
    }

    [Fact]
    public async Task A_reply_being_read_right_now_is_not_read_twice()
    {
        var raw = Api.Email("sales@acme.example", $"Re: {_rfq.Number}", "<inflight@acme.example>", "Line | Part | Qty | Unit price\n1 | BRK-4471 | 500 | USD 12.50");
        await StoreUnreadAsync(raw, "inflight@acme.example", TimeSpan.Zero);

        Assert.Equal("received", (await _client.PostEmailAsync(raw)).Status);
        Assert.Empty(await (await _client.GetAsync($"/api/v1/rfqs/{_rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
    }

    /// <summary>Stores <paramref name="raw"/> as received <paramref name="ago"/> and never read, as a host does before it reads a message.</summary>
    private async Task<InboundMessage> StoreUnreadAsync(byte[] raw, string messageId, TimeSpan ago)
    {
        using var scope = _host.Services.CreateScope();
        var services = scope.ServiceProvider;
        var (stored, _) = await services.GetRequiredService<IInboundMessageStore>().AddAsync(new InboundMessage
        {
            Id = Id<InboundMessage>.New(),
            TenantId = (await services.GetRequiredService<ApiKeyService>().AuthenticateAsync(PurchaserHostFactory.ApiKey))!.TenantId,
            MessageId = messageId,
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(raw)),
            ReceivedAt = DateTimeOffset.UtcNow - ago,
            Source = "imap",
            Raw = raw,
        }, CancellationToken.None);
        return stored;
    }

    [Fact]
    public async Task Garbage_is_stored_not_crashed_on()
    {
        var message = await _client.PostEmailAsync(Encoding.UTF8.GetBytes("\u0000\u0001 this is not an email at all"));
        Assert.Equal("unmatched", message.Status);
        Assert.NotNull(message.Reason);
    }

    [Fact]
    public async Task The_wrong_content_type_or_an_empty_body_is_refused()
    {
        var wrongType = await (await _client.PostAsync("/api/v1/inbound/email", new StringContent("x", Encoding.UTF8, "text/plain"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("request.malformed", wrongType.Field("code"));
        using var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        await (await _client.PostAsync("/api/v1/inbound/email", empty)).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
