using System.Net;
using Purchaser.Contracts;

namespace Purchaser.Client.Tests;

/// <summary>The typed client against the reference host in memory.</summary>
public sealed class PurchaserClientTests : IAsyncLifetime
{
    private readonly ClientHost _host = new();
    private PurchaserClient Api => _host.Client;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_rfq_goes_from_vendors_to_award_through_the_client()
    {
        var acme = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Acme Machining"));
        var boreal = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Boreal Fasteners"));
        var list = await Api.VendorLists.CreateAsync(new CreateVendorListRequest { Name = "Complex Parts", VendorIds = [acme.Id, boreal.Id] });

        var draft = await Api.Rfqs.CreateAsync(ClientRequests.Rfq(vendorListId: list.Id));
        Assert.Equal("draft", draft.Status);
        Assert.Equal([acme.Id, boreal.Id], draft.Vendors.Select(v => v.VendorId));

        var published = await Api.Rfqs.PublishAsync(draft.Id, expectedVersion: draft.Version);
        Assert.Equal("published", published.Status);
        Assert.Equal($"\"{draft.Version}\"", _host.Received.Last().IfMatch);

        var quote = await Api.Quotes.RecordAsync(draft.Id, new RecordQuoteRequest
        {
            VendorId = acme.Id,
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.5m, LeadTimeDays = 28 }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.0385m }],
        });
        Assert.Equal(1, quote.Revision);
        Assert.Equal(quote.QuoteRevisionId, Assert.Single(await Api.Quotes.ListLatestAsync(draft.Id)).QuoteRevisionId);
        var comparison = await Api.Quotes.CompareAsync(draft.Id);
        Assert.Equal(quote.QuoteRevisionId, comparison.Vendors.Single(v => v.VendorId == acme.Id).QuoteRevisionId);
        Assert.Equal(acme.Id, comparison.Lines[0].LowestVendorId);

        var current = await Api.Rfqs.GetAsync(draft.Id);
        var awarded = await Api.Rfqs.AwardAsync(draft.Id, new AwardRfqRequest { VendorId = acme.Id, QuoteRevisionId = quote.QuoteRevisionId }, expectedVersion: current.Version);
        Assert.Equal("awarded", awarded.Status);
        Assert.Equal("whole", awarded.Award!.Mode);
        Assert.Equal(new MoneyDto(6250m, "USD"), awarded.Award.Lines[0].ExtendedPrice);

        var audit = await ToListAsync(Api.Rfqs.ListAuditAsync(draft.Id, pageSize: 2));
        Assert.Equal(["rfq.created", "rfq.published", "quote.received", "rfq.closed", "rfq.awarded"], audit.Select(a => a.Action));
    }

    [Fact]
    public async Task A_validation_failure_is_an_exception_naming_the_field()
    {
        var request = ClientRequests.Rfq() with { Lines = [new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Quantity = -5, Unit = "EA" }] };

        var error = await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Rfqs.CreateAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("validation.failed", error.Code);
        Assert.Contains("lines[0].quantity", error.Errors.Keys);
        Assert.NotEmpty(error.Errors["lines[0].quantity"]);
        Assert.Contains("lines[0].quantity", error.Detail, StringComparison.Ordinal);
        Assert.Empty(await ToListAsync(Api.Rfqs.ListAsync()));
    }

    [Fact]
    public async Task An_unknown_id_is_a_not_found_exception_with_the_resource_code()
    {
        var rfq = await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Rfqs.GetAsync(Guid.NewGuid()));
        var vendor = await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Vendors.UpdateAsync(Guid.NewGuid(), new UpdateVendorRequest { Name = "x" }));

        Assert.Equal(HttpStatusCode.NotFound, rfq.StatusCode);
        Assert.Equal("rfq.not_found", rfq.Code);
        Assert.Equal(HttpStatusCode.NotFound, vendor.StatusCode);
        Assert.Equal("vendor.not_found", vendor.Code);
    }

    [Fact]
    public async Task A_stale_expected_version_is_refused_with_412()
    {
        var vendor = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Stale Supplier"));
        var rfq = await Api.Rfqs.CreateAsync(ClientRequests.Rfq());
        var attached = await Api.Rfqs.AttachVendorsAsync(rfq.Id, new AttachVendorsRequest { VendorIds = [vendor.Id] }, expectedVersion: rfq.Version);

        var error = await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Rfqs.PublishAsync(rfq.Id, expectedVersion: rfq.Version));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.Equal("request.precondition_failed", error.Code);
        Assert.Equal("draft", (await Api.Rfqs.GetAsync(rfq.Id)).Status);
        Assert.Equal("published", (await Api.Rfqs.PublishAsync(rfq.Id, expectedVersion: attached.Version)).Status);
    }

    [Fact]
    public async Task Lists_are_enumerated_across_pages()
    {
        for (var i = 0; i < 3; i++)
        {
            await Api.Rfqs.CreateAsync(ClientRequests.Rfq(reference: $"SO-{i}"));
        }

        var before = _host.Received.Count;
        var all = await ToListAsync(Api.Rfqs.ListAsync(pageSize: 2));

        Assert.Equal(["SO-2", "SO-1", "SO-0"], all.Select(r => r.Reference));
        var pages = _host.Received.Skip(before).ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, p => Assert.Contains("limit=2", p.PathAndQuery, StringComparison.Ordinal));
        Assert.Contains("cursor=", pages[1].PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(["SO-1"], (await ToListAsync(Api.Rfqs.ListAsync(reference: "SO-1", pageSize: 2))).Select(r => r.Reference));
        Assert.Equal(["SO-2"], (await ToListAsync(Api.Rfqs.ListAsync(search: "so-2"))).Select(r => r.Reference));
        Assert.Contains("search=so-2", _host.Received.Last().PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enumeration_fetches_the_next_page_only_when_reached()
    {
        for (var i = 0; i < 3; i++)
        {
            await Api.Vendors.CreateAsync(ClientRequests.Vendor($"Lazy Supplier {i}"));
        }

        var before = _host.Received.Count;
        await foreach (var vendor in Api.Vendors.ListAsync(pageSize: 2))
        {
            Assert.Equal("Lazy Supplier 2", vendor.Name);
            break;
        }

        Assert.Equal(before + 1, _host.Received.Count);
    }

    [Fact]
    public async Task The_same_explicit_idempotency_key_creates_once()
    {
        var first = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Once Supplier"), idempotencyKey: "ERP-V-7001");
        var second = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Once Supplier"), idempotencyKey: "ERP-V-7001");

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await ToListAsync(Api.Vendors.ListAsync()), v => v.Name == "Once Supplier");
        Assert.Equal(["ERP-V-7001", "ERP-V-7001"], _host.Received.Where(r => r.Method == HttpMethod.Post).Select(r => r.IdempotencyKey));
    }

    [Fact]
    public async Task A_post_whose_answer_was_lost_is_retried_with_the_same_generated_key_and_creates_once()
    {
        _host.Faults.Enqueue(new Fault(HttpMethod.Post, "/api/v1/vendors", ReachesServer: true));

        var vendor = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Retried Supplier"));

        var posts = _host.Received.Where(r => r.Method == HttpMethod.Post).ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal(HttpStatusCode.Created, posts[0].Status);
        Assert.False(string.IsNullOrEmpty(posts[0].IdempotencyKey));
        Assert.Equal(posts[0].IdempotencyKey, posts[1].IdempotencyKey);
        var listed = Assert.Single(await ToListAsync(Api.Vendors.ListAsync()));
        Assert.Equal(vendor.Id, listed.Id);
    }

    [Fact]
    public async Task A_post_answered_still_running_is_retried_after_the_servers_delay_and_creates_once()
    {
        _host.Faults.Enqueue(new Fault(HttpMethod.Post, "/api/v1/vendors", ReachesServer: false, StillRunning: true));

        var vendor = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Patient Supplier"));

        var post = Assert.Single(_host.Received, r => r.Method == HttpMethod.Post);
        Assert.Equal(HttpStatusCode.Created, post.Status);
        Assert.Equal(vendor.Id, Assert.Single(await ToListAsync(Api.Vendors.ListAsync())).Id);
    }

    [Fact]
    public async Task Each_logical_post_gets_its_own_generated_key()
    {
        await Api.Vendors.CreateAsync(ClientRequests.Vendor("First Supplier"));
        await Api.Vendors.CreateAsync(ClientRequests.Vendor("Second Supplier"));

        var keys = _host.Received.Where(r => r.Method == HttpMethod.Post).Select(r => r.IdempotencyKey).ToList();
        Assert.Equal(2, keys.Distinct().Count());
        Assert.All(keys, k => Assert.False(string.IsNullOrEmpty(k)));
    }

    [Fact]
    public async Task A_get_that_failed_transiently_is_retried()
    {
        var vendor = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Flaky Read Supplier"));
        _host.Faults.Enqueue(new Fault(HttpMethod.Get, $"/api/v1/vendors/{vendor.Id}", ReachesServer: false));

        var read = await Api.Vendors.GetAsync(vendor.Id);

        Assert.Equal(vendor.Id, read.Id);
        Assert.True(_host.Faults.IsEmpty);
    }

    [Fact]
    public async Task A_patch_is_not_retried_because_the_server_does_not_deduplicate_it()
    {
        var vendor = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Patched Supplier"));
        _host.Faults.Enqueue(new Fault(HttpMethod.Patch, $"/api/v1/vendors/{vendor.Id}", ReachesServer: true));

        var error = await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Vendors.UpdateAsync(vendor.Id, new UpdateVendorRequest { Code = "V-9" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Null(error.Code);
        Assert.Single(_host.Received, r => r.Method == HttpMethod.Patch);
        Assert.Equal("V-9", (await Api.Vendors.GetAsync(vendor.Id)).Code);
    }

    [Fact]
    public async Task Vendors_lists_and_keys_round_trip()
    {
        var vendor = await Api.Vendors.CreateAsync(ClientRequests.Vendor("Cedar Valley Rubber"));
        var patched = await Api.Vendors.UpdateAsync(vendor.Id, new UpdateVendorRequest { Code = "V-2002" }, expectedVersion: vendor.Version);
        Assert.Equal("V-2002", patched.Code);

        var list = await Api.VendorLists.CreateAsync(new CreateVendorListRequest { Name = "Rubber" });
        Assert.Equal([vendor.Id], (await Api.VendorLists.AddVendorsAsync(list.Id, new AddVendorListMembersRequest { VendorIds = [vendor.Id] })).VendorIds);
        Assert.Empty((await Api.VendorLists.RemoveVendorAsync(list.Id, vendor.Id)).VendorIds);
        var renamed = await Api.VendorLists.UpdateAsync(list.Id, new UpdateVendorListRequest { Name = "Elastomers" });
        Assert.Equal("Elastomers", (await Api.VendorLists.GetAsync(list.Id)).Name);
        Assert.Equal(renamed.Id, Assert.Single(await ToListAsync(Api.VendorLists.ListAsync())).Id);
        await Api.VendorLists.DeleteAsync(list.Id);
        await Api.Vendors.DeleteAsync(vendor.Id);
        Assert.Equal("vendor.not_found", (await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Vendors.GetAsync(vendor.Id))).Code);

        var key = await Api.ApiKeys.CreateAsync(new CreateApiKeyRequest { Name = "erp-sync" });
        Assert.StartsWith(key.Prefix, key.Key, StringComparison.Ordinal);
        Assert.Contains(await Api.ApiKeys.ListAsync(), k => k.Id == key.Id && k.RevokedAt is null);
        await Api.ApiKeys.RevokeAsync(key.Id);
        Assert.NotNull((await Api.ApiKeys.ListAsync()).Single(k => k.Id == key.Id).RevokedAt);
    }

    [Fact]
    public async Task Draft_lines_are_replaced_and_an_rfq_cancelled()
    {
        var rfq = await Api.Rfqs.CreateAsync(ClientRequests.Rfq());

        var replaced = await Api.Rfqs.ReplaceLinesAsync(rfq.Id, new ReplaceRfqLinesRequest { Lines = [new RfqLineDto { LineNumber = 7, PartNumber = "PLT-0915-R2", Quantity = 120, Unit = "ea" }] }, expectedVersion: rfq.Version);
        var cancelled = await Api.Rfqs.CancelAsync(rfq.Id, new CancelRfqRequest { Reason = "order withdrawn" }, expectedVersion: replaced.Version);

        Assert.Equal(7, Assert.Single(replaced.Lines).LineNumber);
        Assert.Equal("cancelled", cancelled.Status);
        Assert.Equal("order withdrawn", cancelled.CancellationReason);
        Assert.Equal("rfq.invalid_transition", (await Assert.ThrowsAsync<PurchaserApiException>(() => Api.Rfqs.CloseAsync(rfq.Id))).Code);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
