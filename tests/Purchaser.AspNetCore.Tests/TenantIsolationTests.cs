using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// Tenant B, holding tenant A's ids, reaches none of A's data through any endpoint of the REST API: every call naming
/// an A id answers 404 (never 200, 403 or 409, which would confirm the id exists), and B's lists are empty. The cases
/// are checked against the endpoints the host actually maps, so a new endpoint without a case fails this test.
/// </summary>
public sealed class TenantIsolationTests
{
    private const string Prefix = "/api/v1";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Another_tenant_with_our_ids_gets_404_from_every_endpoint_and_empty_lists(string provider)
    {
        await using var database = provider == "PostgreSql" ? await Storage.PostgreSql.Tests.TestDatabase.CreateAsync() : null;
        await using var host = new PurchaserHostFactory(database?.ConnectionString, new Dictionary<string, string>
        {
            ["Purchaser:Webhooks:AllowPrivateNetworks"] = "true",
            ["Purchaser:Webhooks:PollInterval"] = "00:00:00.050",
        });
        var a = host.ClientWithKey();
        var ids = await FillTenantAsync(a);
        var b = await host.ClientOfAnotherTenantAsync();
        var before = await SnapshotAsync(a, ids);

        var cases = Cases(ids);
        var mapped = MappedEndpoints(host);
        var uncovered = mapped.Except(cases.Select(c => c.Endpoint)).ToList();
        var stale = cases.Select(c => c.Endpoint).Except(mapped).ToList();
        Assert.True(uncovered.Count == 0 && stale.Count == 0, $"Endpoints without an isolation case: [{string.Join(", ", uncovered)}]; cases for no endpoint: [{string.Join(", ", stale)}]");

        foreach (var (endpoint, check) in cases)
        {
            try
            {
                await check(b);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new InvalidOperationException($"Tenant isolation broken at {endpoint}: {ex.Message}", ex);
            }
        }

        Assert.Equal(before, await SnapshotAsync(a, ids));
    }

    private static List<(string Endpoint, Func<HttpClient, Task> Check)> Cases(TenantIds a)
    {
        var rfq = $"{Prefix}/rfqs/{a.Rfq}";
        var vendor = $"{Prefix}/vendors/{a.Vendor}";
        var list = $"{Prefix}/vendor-lists/{a.List}";
        var hook = $"{Prefix}/webhooks/endpoints/{a.Endpoint}";
        var lines = new ReplaceRfqLinesRequest { Lines = Api.Rfq().Lines };
        var quote = new RecordQuoteRequest { VendorId = a.Vendor, Currency = "USD", Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 1m }] };

        // Ordered: B's lists are read while B still has nothing of its own.
        return
        [
            ("GET /rfqs", async b => Assert.Empty((await (await b.GetAsync($"{Prefix}/rfqs")).ReadAsync<PageDto<RfqResource>>()).Items)),
            ("GET /vendors", async b => Assert.Empty((await (await b.GetAsync($"{Prefix}/vendors")).ReadAsync<PageDto<VendorResource>>()).Items)),
            ("GET /vendor-lists", async b => Assert.Empty((await (await b.GetAsync($"{Prefix}/vendor-lists")).ReadAsync<PageDto<VendorListResource>>()).Items)),
            ("GET /webhooks/endpoints", async b => Assert.Empty(await (await b.GetAsync($"{Prefix}/webhooks/endpoints")).ReadAsync<List<WebhookEndpointResource>>())),
            ("GET /inbound/messages", async b =>
            {
                Assert.Empty((await (await b.GetAsync($"{Prefix}/inbound/messages")).ReadAsync<PageDto<InboundMessageResource>>()).Items);
                Assert.Empty((await (await b.GetAsync($"{Prefix}/inbound/messages?status=unmatched")).ReadAsync<PageDto<InboundMessageResource>>()).Items);
            }),
            ("GET /api-keys", async b => Assert.DoesNotContain(await (await b.GetAsync($"{Prefix}/api-keys")).ReadAsync<List<ApiKeyResource>>(), k => a.ApiKeys.Contains(k.Id))),

            ("GET /rfqs/{id}", b => NotFound(b.GetAsync(rfq))),
            ("PUT /rfqs/{id}/lines", b => NotFound(b.PutAsJsonAsync($"{rfq}/lines", lines, Api.Json))),
            ("POST /rfqs/{id}/vendors", async b =>
            {
                await NotFound(b.PostAsJsonAsync($"{rfq}/vendors", new AttachVendorsRequest { VendorIds = [a.Vendor] }, Api.Json));
                var own = await b.CreateRfqAsync(Api.Rfq("SO-B-1"));
                await NotFound(b.PostAsJsonAsync($"{Prefix}/rfqs/{own.Id}/vendors", new AttachVendorsRequest { VendorIds = [a.Vendor] }, Api.Json));
                await NotFound(b.PostAsJsonAsync($"{Prefix}/rfqs/{own.Id}/vendors", new AttachVendorsRequest { VendorListId = a.List }, Api.Json));
            }),
            ("POST /rfqs/{id}/publish", b => NotFound(b.PostAsync($"{rfq}/publish", null))),
            ("POST /rfqs/{id}/close", b => NotFound(b.PostAsync($"{rfq}/close", null))),
            ("POST /rfqs/{id}/cancel", b => NotFound(b.PostAsJsonAsync($"{rfq}/cancel", new CancelRfqRequest { Reason = "mine now" }, Api.Json))),
            ("POST /rfqs/{id}/award", b => NotFound(b.PostAsJsonAsync($"{rfq}/award", new AwardRfqRequest { VendorId = a.Vendor, QuoteRevisionId = a.QuoteRevision }, Api.Json))),
            ("GET /rfqs/{id}/audit", b => NotFound(b.GetAsync($"{rfq}/audit"))),
            ("GET /rfqs/{id}/quotes", b => NotFound(b.GetAsync($"{rfq}/quotes"))),
            ("POST /rfqs/{id}/quotes", b => NotFound(b.PostAsJsonAsync($"{rfq}/quotes", quote, Api.Json))),
            ("GET /rfqs/{id}/quotes/{quoteId}/revisions", b => NotFound(b.GetAsync($"{rfq}/quotes/{a.Quote}/revisions"))),
            ("GET /rfqs/{id}/comparison", b => NotFound(b.GetAsync($"{rfq}/comparison"))),
            ("GET /rfqs/{id}/vendors/{vendorId}/messages", b => NotFound(b.GetAsync($"{rfq}/vendors/{a.Vendor}/messages"))),
            ("POST /rfqs/{id}/vendors/{vendorId}/messages", b => NotFound(b.PostAsJsonAsync($"{rfq}/vendors/{a.Vendor}/messages", new SendVendorMessageRequest { Subject = "Hello", Text = "Who are you?" }, Api.Json))),
            ("POST /rfqs", b => NotFound(b.PostAsJsonAsync($"{Prefix}/rfqs", Api.Rfq("SO-B-2", a.List), Api.Json))),

            ("GET /vendors/{id}", b => NotFound(b.GetAsync(vendor))),
            ("PATCH /vendors/{id}", b => NotFound(b.PatchAsJsonAsync(vendor, new UpdateVendorRequest { Name = "Taken over" }, Api.Json))),
            ("DELETE /vendors/{id}", b => NotFound(b.DeleteAsync(vendor))),
            ("POST /vendors", async b =>
            {
                // A's vendor code is free for B: a 409 here would confirm A has a vendor with that code.
                var created = await (await b.PostAsJsonAsync($"{Prefix}/vendors", new CreateVendorRequest { Name = "Acme Machining", Code = TenantIds.VendorCode, Contacts = [new VendorContactDto("Sales", "sales@acme.example")] }, Api.Json))
                    .ReadAsync<VendorResource>(HttpStatusCode.Created);
                Assert.NotEqual(a.Vendor, created.Id);
            }),

            ("GET /vendor-lists/{id}", b => NotFound(b.GetAsync(list))),
            ("PATCH /vendor-lists/{id}", b => NotFound(b.PatchAsJsonAsync(list, new UpdateVendorListRequest { Name = "Taken over" }, Api.Json))),
            ("DELETE /vendor-lists/{id}", b => NotFound(b.DeleteAsync(list))),
            ("POST /vendor-lists/{id}/vendors", b => NotFound(b.PostAsJsonAsync($"{list}/vendors", new AddVendorListMembersRequest { VendorIds = [a.Vendor] }, Api.Json))),
            ("DELETE /vendor-lists/{id}/vendors/{vendorId}", b => NotFound(b.DeleteAsync($"{list}/vendors/{a.Vendor}"))),
            ("POST /vendor-lists", async b =>
            {
                await NotFound(b.PostAsJsonAsync($"{Prefix}/vendor-lists", new CreateVendorListRequest { Name = "Stolen", VendorIds = [a.Vendor] }, Api.Json));
                var own = await b.CreateListAsync("Complex Parts");
                await NotFound(b.PostAsJsonAsync($"{Prefix}/vendor-lists/{own.Id}/vendors", new AddVendorListMembersRequest { VendorIds = [a.Vendor] }, Api.Json));
                await NotFound(b.PatchAsJsonAsync($"{Prefix}/vendor-lists/{own.Id}", new UpdateVendorListRequest { VendorIds = [a.Vendor] }, Api.Json));
            }),

            ("DELETE /api-keys/{id}", async b =>
            {
                foreach (var key in a.ApiKeys)
                {
                    await NotFound(b.DeleteAsync($"{Prefix}/api-keys/{key}"));
                }
            }),
            ("POST /api-keys", async b => Assert.DoesNotContain((await (await b.PostAsJsonAsync($"{Prefix}/api-keys", new CreateApiKeyRequest { Name = "b" }, Api.Json)).ReadAsync<CreatedApiKeyResource>(HttpStatusCode.Created)).Id, a.ApiKeys)),

            ("GET /webhooks/endpoints/{id}", b => NotFound(b.GetAsync(hook))),
            ("PATCH /webhooks/endpoints/{id}", b => NotFound(b.PatchAsJsonAsync(hook, new UpdateWebhookEndpointRequest { Url = "https://attacker.example/hooks" }, Api.Json))),
            ("DELETE /webhooks/endpoints/{id}", b => NotFound(b.DeleteAsync(hook))),
            ("POST /webhooks/endpoints/{id}/rotate-secret", b => NotFound(b.PostAsync($"{hook}/rotate-secret", null))),
            ("GET /webhooks/endpoints/{id}/deliveries", b => NotFound(b.GetAsync($"{hook}/deliveries"))),
            ("POST /webhooks/endpoints/{id}/replay", b => NotFound(b.PostAsJsonAsync($"{hook}/replay", new ReplayWebhookRequest { MessageId = a.WebhookMessage }, Api.Json))),
            ("POST /webhooks/endpoints/{id}/test", b => NotFound(b.PostAsync($"{hook}/test", null))),
            ("POST /webhooks/endpoints", async b =>
            {
                // B's own endpoint cannot be made to carry one of A's events.
                var own = await (await b.PostAsJsonAsync($"{Prefix}/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = "http://127.0.0.1:9/b" }, Api.Json)).ReadAsync<WebhookSecretResource>(HttpStatusCode.Created);
                await NotFound(b.PostAsJsonAsync($"{Prefix}/webhooks/endpoints/{own.Id}/replay", new ReplayWebhookRequest { MessageId = a.WebhookMessage }, Api.Json));
            }),

            ("GET /rfqs/{id}/vendors/{vendorId}/messages/{messageId}/attachments/{attachmentId}", b =>
                NotFound(b.GetAsync($"{rfq}/vendors/{a.Vendor}/messages/{a.Invitation}/attachments/{a.InvitationAttachment}"))),
            ("GET /inbound/messages/{id}/attachments/{attachmentId}", b =>
                NotFound(b.GetAsync($"{Prefix}/inbound/messages/{a.UnmatchedMessage}/attachments/{a.InvitationAttachment}"))),
            ("GET /inbound/messages/{id}", b => NotFound(b.GetAsync($"{Prefix}/inbound/messages/{a.InboundMessage}"))),
            ("POST /inbound/messages/{id}/assign", b => NotFound(b.PostAsJsonAsync($"{Prefix}/inbound/messages/{a.UnmatchedMessage}/assign", new AssignInboundMessageRequest { RfqId = a.Rfq, VendorId = a.Vendor }, Api.Json))),
            ("POST /inbound/email", async b =>
            {
                // A's vendor's reply, byte for byte, posted to B: neither deduplicated onto A's message nor matched to A's RFQ.
                var message = await b.PostEmailAsync(a.QuoteEmail);
                Assert.NotEqual(a.InboundMessage, message.Id);
                Assert.Equal("unmatched", message.Status);
                Assert.Null(message.RfqId);
                Assert.Null(message.VendorId);
                await NotFound(b.PostAsJsonAsync($"{Prefix}/inbound/messages/{message.Id}/assign", new AssignInboundMessageRequest { RfqId = a.Rfq, VendorId = a.Vendor }, Api.Json));
            }),
        ];
    }

    private static async Task<TenantIds> FillTenantAsync(HttpClient a)
    {
        var endpoint = await (await a.PostAsJsonAsync($"{Prefix}/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = "http://127.0.0.1:9/hooks" }, Api.Json))
            .ReadAsync<WebhookSecretResource>(HttpStatusCode.Created);
        var vendor = await (await a.PostAsJsonAsync($"{Prefix}/vendors", new CreateVendorRequest { Name = "Acme Machining", Code = TenantIds.VendorCode, Contacts = [new VendorContactDto("Sales", "sales@acme.example")] }, Api.Json))
            .ReadAsync<VendorResource>(HttpStatusCode.Created);
        var list = await a.CreateListAsync("Complex Parts", vendor.Id);
        var rfq = await a.CreateRfqAsync(Api.Rfq("SO-A-1", list.Id));
        await (await a.PostAsync($"{Prefix}/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        var quoteEmail = Api.Email("sales@acme.example", $"Re: {rfq.Number}", "<quote-a@acme.example>", """
            Line | Part         | Qty   | Unit price
            1    | BRK-4471     | 500   | USD 12.50
            2    | SCR-M4X10-A2 | 20000 | USD 0.0385
            """);
        var inbound = await a.PostEmailAsync(quoteEmail);
        Assert.Equal("quoted", inbound.Status);
        var unmatched = await a.PostEmailAsync(Api.Email("someone@unknown.example", "Offer", "<stranger@unknown.example>", "Line 1: USD 9.00"));
        Assert.Equal("unmatched", unmatched.Status);
        await (await a.PostAsJsonAsync($"{Prefix}/rfqs/{rfq.Id}/vendors/{vendor.Id}/messages", new SendVendorMessageRequest { Subject = "Drawing", Text = "Revision C attached." }, Api.Json))
            .ReadAsync<ThreadMessageResource>(HttpStatusCode.Accepted);
        var quote = Assert.Single(await (await a.GetAsync($"{Prefix}/rfqs/{rfq.Id}/quotes")).ReadAsync<List<QuoteResource>>());
        await (await a.PostAsJsonAsync($"{Prefix}/rfqs/{rfq.Id}/award", new AwardRfqRequest { VendorId = vendor.Id, QuoteRevisionId = quote.QuoteRevisionId }, Api.Json)).ReadAsync<RfqResource>();
        await (await a.PostAsJsonAsync($"{Prefix}/api-keys", new CreateApiKeyRequest { Name = "erp" }, Api.Json)).ReadAsync<CreatedApiKeyResource>(HttpStatusCode.Created);
        var keys = await (await a.GetAsync($"{Prefix}/api-keys")).ReadAsync<List<ApiKeyResource>>();
        var thread = await (await a.GetAsync($"{Prefix}/rfqs/{rfq.Id}/vendors/{vendor.Id}/messages")).ReadAsync<List<ThreadMessageResource>>();
        var invitation = Assert.Single(thread, m => m.Direction == "outbound" && m.Attachments.Count > 0);

        // The dispatcher records a failed attempt against the closed port; its message id is one of A's webhook ids.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        PageDto<WebhookAttemptResource> attempts;
        do
        {
            await Task.Delay(50);
            attempts = await (await a.GetAsync($"{Prefix}/webhooks/endpoints/{endpoint.Id}/deliveries")).ReadAsync<PageDto<WebhookAttemptResource>>();
        }
        while (attempts.Items.Count == 0 && DateTime.UtcNow < deadline);

        return new TenantIds(rfq.Id, vendor.Id, list.Id, quote.QuoteId, quote.QuoteRevisionId, endpoint.Id, Assert.IsType<WebhookAttemptResource>(attempts.Items.Count > 0 ? attempts.Items[0] : null).MessageId,
            inbound.Id, unmatched.Id, [.. keys.Select(k => k.Id)], quoteEmail, invitation.Id, invitation.Attachments[0].Id);
    }

    /// <summary>What B must not have changed: A's resources as A reads them.</summary>
    private static async Task<string> SnapshotAsync(HttpClient a, TenantIds ids)
    {
        var parts = new List<string>();
        foreach (var url in new[]
        {
            $"/rfqs/{ids.Rfq}", $"/rfqs/{ids.Rfq}/quotes", $"/vendors/{ids.Vendor}", $"/vendor-lists/{ids.List}", $"/webhooks/endpoints/{ids.Endpoint}", "/webhooks/endpoints",
            $"/inbound/messages/{ids.UnmatchedMessage}", $"/rfqs/{ids.Rfq}/vendors/{ids.Vendor}/messages", "/rfqs", "/vendors", "/vendor-lists", "/api-keys",
        })
        {
            var response = await a.GetAsync(Prefix + url);
            parts.Add($"{url} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return string.Join('\n', parts);
    }

    private static HashSet<string> MappedEndpoints(PurchaserHostFactory host) =>
    [
        .. host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(Prefix + "/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(method => $"{method} {Normalize(e.RoutePattern.RawText!)}")),
    ];

    /// <summary><c>/api/v1/rfqs/{id:guid}/</c> → <c>/rfqs/{id}</c>.</summary>
    private static string Normalize(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route[Prefix.Length..].TrimEnd('/'), @"\{(\w+):[^}]+\}", "{$1}");

    private static async Task NotFound(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}, not 404: {body}");
    }

    private sealed record TenantIds(
        Guid Rfq, Guid Vendor, Guid List, Guid Quote, Guid QuoteRevision, Guid Endpoint, string WebhookMessage, Guid InboundMessage, Guid UnmatchedMessage, IReadOnlyList<Guid> ApiKeys, byte[] QuoteEmail,
        Guid Invitation, string InvitationAttachment)
    {
        public const string VendorCode = "V-1001";
    }
}
