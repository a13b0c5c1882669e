using System.Net;
using System.Net.Http.Json;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>The ERP's path through the API: vendors, a list, an RFQ, publish, quotes, award, audit.</summary>
public sealed class SourcingFlowTests : HostedApiTests
{
    [Fact]
    public async Task An_rfq_goes_from_draft_to_awarded_with_every_step_audited()
    {
        var acme = await Client.CreateVendorAsync("Acme Machining");
        var boreal = await Client.CreateVendorAsync("Boreal Fasteners");
        var list = await Client.CreateListAsync("Complex Parts", acme.Id, boreal.Id);

        var rfq = await Client.CreateRfqAsync();
        Assert.Matches(@"^RFQ-\d{4}-000001$", rfq.Number);
        Assert.Equal("draft", rfq.Status);

        var attached = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorListId = list.Id }, Api.Json)).ReadAsync<RfqResource>();
        Assert.Equal([acme.Id, boreal.Id], attached.Vendors.Select(v => v.VendorId));

        var published = await (await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        Assert.Equal("published", published.Status);
        Assert.All(published.Vendors, v => Assert.Equal("invited", v.Status));

        var acmeQuote = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/quotes", new RecordQuoteRequest
        {
            VendorId = acme.Id,
            Incoterms = "FOB",
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.5m, LeadTimeDays = 28 }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.0385m }],
        }, Api.Json)).ReadAsync<QuoteResource>(HttpStatusCode.Created);
        await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/quotes", new RecordQuoteRequest
        {
            VendorId = boreal.Id,
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, NoBid = true }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.035m, Moq = 25000 }],
        }, Api.Json)).ReadAsync<QuoteResource>(HttpStatusCode.Created);

        var quotes = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>();
        Assert.Equal(2, quotes.Count);
        var borealQuote = quotes.Single(q => q.VendorId == boreal.Id);
        Assert.Equal("partial", borealQuote.Quote.Status);
        Assert.Contains(borealQuote.Quote.Deviations, d => d.Kind == "moq-above-quantity" && d.LineNumber == 2);
        Assert.Contains(borealQuote.Quote.Deviations, d => d.Kind == "no-bid" && d.LineNumber == 1);

        var awarded = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/award", new AwardRfqRequest
        {
            Lines =
            [
                new AwardLineRequest { LineNumber = 1, VendorId = acme.Id, QuoteRevisionId = acmeQuote.QuoteRevisionId },
                new AwardLineRequest { LineNumber = 2, VendorId = boreal.Id, QuoteRevisionId = borealQuote.QuoteRevisionId, Quantity = 25000 },
            ],
        }, Api.Json)).ReadAsync<RfqResource>();
        Assert.Equal("awarded", awarded.Status);
        Assert.Equal("per-line", awarded.Award!.Mode);
        Assert.Equal(new MoneyDto(12.5m, "USD"), awarded.Award.Lines[0].UnitPrice);
        Assert.Equal(new MoneyDto(6250m, "USD"), awarded.Award.Lines[0].ExtendedPrice);
        Assert.Equal(25000m, awarded.Award.Lines[1].Quantity);
        Assert.Equal("api-key", awarded.Award.AwardedBy.Kind);
        Assert.Equal(["awarded", "awarded"], awarded.Vendors.Select(v => v.Status));

        var audit = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/audit")).ReadAsync<PageDto<AuditEntryResource>>();
        Assert.Equal(["rfq.created", "rfq.vendors_attached", "rfq.published", "quote.received", "quote.received", "rfq.closed", "rfq.awarded"], audit.Items.Select(a => a.Action).Where(a => !a.StartsWith("mail.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_whole_award_needs_a_price_for_every_line()
    {
        var vendor = await Client.CreateVendorAsync("Partial Supplier");
        var rfq = await Client.CreateRfqAsync();
        await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendor.Id] }, Api.Json);
        await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        var quote = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/quotes", new RecordQuoteRequest
        {
            VendorId = vendor.Id,
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 10m }, new RecordQuoteLineRequest { LineNumber = 2, NoBid = true }],
        }, Api.Json)).ReadAsync<QuoteResource>(HttpStatusCode.Created);

        var problem = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/award", new AwardRfqRequest { VendorId = vendor.Id, QuoteRevisionId = quote.QuoteRevisionId }, Api.Json))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("award.line_not_quoted", problem.Field("code"));
        var unchanged = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>();
        Assert.Equal("published", unchanged.Status);
    }

    [Fact]
    public async Task A_superseded_quote_revision_cannot_be_awarded()
    {
        var vendor = await Client.CreateVendorAsync("Revising Supplier");
        var rfq = await Client.CreateRfqAsync();
        await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendor.Id] }, Api.Json);
        await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null);
        var lines = new RecordQuoteLineRequest[] { new() { LineNumber = 1, UnitPrice = 10m }, new() { LineNumber = 2, UnitPrice = 1m } };
        var first = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/quotes", new RecordQuoteRequest { VendorId = vendor.Id, Lines = lines }, Api.Json)).ReadAsync<QuoteResource>(HttpStatusCode.Created);
        var second = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/quotes", new RecordQuoteRequest { VendorId = vendor.Id, Lines = lines }, Api.Json)).ReadAsync<QuoteResource>(HttpStatusCode.Created);

        Assert.Equal(2, second.Revision);
        var revisions = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/quotes/{first.QuoteId}/revisions")).ReadAsync<List<QuoteResource>>();
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        var problem = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/award", new AwardRfqRequest { VendorId = vendor.Id, QuoteRevisionId = first.QuoteRevisionId }, Api.Json))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("quote.revision_superseded", problem.Field("code"));
    }

    [Fact]
    public async Task Illegal_transitions_answer_409_with_a_stable_code()
    {
        var rfq = await Client.CreateRfqAsync();

        var noVendors = await (await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("rfq.no_vendors", noVendors.Field("code"));
        var closeDraft = await (await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("rfq.invalid_transition", closeDraft.Field("code"));

        var cancelled = await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/cancel", new CancelRfqRequest { Reason = "order withdrawn" }, Api.Json)).ReadAsync<RfqResource>();
        Assert.Equal("cancelled", cancelled.Status);
        Assert.Equal("order withdrawn", cancelled.CancellationReason);
        var again = await (await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/cancel", null)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("rfq.invalid_transition", again.Field("code"));
        var edit = await (await Client.PutAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/lines", new ReplaceRfqLinesRequest { Lines = Api.Rfq().Lines }, Api.Json)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("rfq.not_editable", edit.Field("code"));
    }

    [Fact]
    public async Task Draft_lines_can_be_replaced()
    {
        var rfq = await Client.CreateRfqAsync();

        var replaced = await (await Client.PutAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/lines", new ReplaceRfqLinesRequest
        {
            Lines = [new RfqLineDto { LineNumber = 7, PartNumber = "PLT-0915-R2", Quantity = 120, Unit = "ea" }],
        }, Api.Json)).ReadAsync<RfqResource>();

        var line = Assert.Single(replaced.Lines);
        Assert.Equal(7, line.LineNumber);
        Assert.Equal("EA", line.Unit);
        Assert.Equal(2, replaced.Version);
    }

    [Fact]
    public async Task Rfqs_list_newest_first_by_cursor_and_filter_by_reference_and_status()
    {
        for (var i = 0; i < 3; i++)
        {
            await Client.CreateRfqAsync(Api.Rfq(reference: $"SO-{i}"));
        }

        var first = await (await Client.GetAsync("/api/v1/rfqs?limit=2")).ReadAsync<PageDto<RfqResource>>();
        var second = await (await Client.GetAsync($"/api/v1/rfqs?limit=2&cursor={first.NextCursor}")).ReadAsync<PageDto<RfqResource>>();
        Assert.Equal(["SO-2", "SO-1"], first.Items.Select(r => r.Reference));
        Assert.Equal(["SO-0"], second.Items.Select(r => r.Reference));
        Assert.Null(second.NextCursor);
        Assert.Single((await (await Client.GetAsync("/api/v1/rfqs?reference=SO-1")).ReadAsync<PageDto<RfqResource>>()).Items);
        Assert.Equal(["SO-1"], (await (await Client.GetAsync("/api/v1/rfqs?search=so-1")).ReadAsync<PageDto<RfqResource>>()).Items.Select(r => r.Reference));
        Assert.Equal(3, (await (await Client.GetAsync("/api/v1/rfqs?status=draft")).ReadAsync<PageDto<RfqResource>>()).Items.Count);
        Assert.Empty((await (await Client.GetAsync("/api/v1/rfqs?status=published")).ReadAsync<PageDto<RfqResource>>()).Items);
    }

    [Fact]
    public async Task Vendors_are_created_listed_patched_and_deleted()
    {
        var vendor = await Client.CreateVendorAsync("Cedar Valley Rubber");
        var patched = await (await Client.PatchAsJsonAsync($"/api/v1/vendors/{vendor.Id}", new UpdateVendorRequest { Code = "V-2002" }, Api.Json)).ReadAsync<VendorResource>();
        Assert.Equal("V-2002", patched.Code);
        Assert.Equal(vendor.Name, patched.Name);

        var list = await Client.CreateListAsync("Rubber");
        var withMember = await (await Client.PostAsJsonAsync($"/api/v1/vendor-lists/{list.Id}/vendors", new AddVendorListMembersRequest { VendorIds = [vendor.Id] }, Api.Json)).ReadAsync<VendorListResource>();
        Assert.Equal([vendor.Id], withMember.VendorIds);
        var without = await (await Client.DeleteAsync($"/api/v1/vendor-lists/{list.Id}/vendors/{vendor.Id}")).ReadAsync<VendorListResource>();
        Assert.Empty(without.VendorIds);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/vendors/{vendor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/v1/vendors/{vendor.Id}")).StatusCode);
        var page = await (await Client.GetAsync("/api/v1/vendors")).ReadAsync<PageDto<VendorResource>>();
        Assert.DoesNotContain(page.Items, v => v.Id == vendor.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/vendor-lists/{list.Id}")).StatusCode);
    }
}
