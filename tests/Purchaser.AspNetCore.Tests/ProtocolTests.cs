using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>Authentication, tenant isolation, idempotency keys, ETags, OpenAPI and health.</summary>
public sealed class ProtocolTests : HostedApiTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Bearer pur_wrong")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Requests_without_a_valid_key_are_401(string? authorization)
    {
        var client = Host.CreateClient();
        if (authorization is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var problem = await (await client.GetAsync("/api/v1/rfqs")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("auth.unauthenticated", problem.Field("code"));
    }

    [Fact]
    public async Task A_created_key_works_until_it_is_revoked()
    {
        var created = await (await Client.PostAsJsonAsync("/api/v1/api-keys", new CreateApiKeyRequest { Name = "ERP integration" }, Api.Json)).ReadAsync<CreatedApiKeyResource>(HttpStatusCode.Created);
        var client = Host.ClientWithKey(created.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/rfqs")).StatusCode);

        var listed = await (await Client.GetAsync("/api/v1/api-keys")).ReadAsync<List<JsonElement>>();
        Assert.DoesNotContain(listed, k => k.ToString().Contains(created.Key, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, (await Client.DeleteAsync($"/api/v1/api-keys/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/rfqs")).StatusCode);
    }

    [Fact]
    public async Task Another_tenants_ids_answer_404()
    {
        var vendor = await Client.CreateVendorAsync("Mine");
        var rfq = await Client.CreateRfqAsync();
        var other = await Host.ClientOfAnotherTenantAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/rfqs/{rfq.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/vendors/{vendor.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/rfqs/{rfq.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/rfqs/{rfq.Id}/audit")).StatusCode);
        var theirs = await other.CreateRfqAsync();
        Assert.Equal("RFQ-" + DateTime.UtcNow.Year + "-000001", theirs.Number);
        var attach = await (await other.PostAsJsonAsync($"/api/v1/rfqs/{theirs.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendor.Id] }, Api.Json)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("vendor.not_found", attach.Field("code"));
        Assert.Equal("cancelled", (await (await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/cancel", null)).ReadAsync<RfqResource>()).Status);
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_replays_the_first_response()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/rfqs") { Content = JsonContent.Create(Api.Rfq(), options: Api.Json) };
        first.Headers.Add("Idempotency-Key", "order-88123-v1");
        using var retry = new HttpRequestMessage(HttpMethod.Post, "/api/v1/rfqs") { Content = JsonContent.Create(Api.Rfq() with { ResponseDueAt = null }, options: Api.Json) };
        retry.Headers.Add("Idempotency-Key", "order-88123-v1");

        var created = await (await Client.SendAsync(first)).ReadAsync<RfqResource>(HttpStatusCode.Created);
        using var same = new HttpRequestMessage(HttpMethod.Post, "/api/v1/rfqs") { Content = JsonContent.Create(Api.Rfq() with { ResponseDueAt = created.ResponseDueAt }, options: Api.Json) };
        same.Headers.Add("Idempotency-Key", "order-88123-v1");
        var replayedResponse = await Client.SendAsync(same);
        var replayed = await replayedResponse.ReadAsync<RfqResource>(HttpStatusCode.Created);

        Assert.Equal(created.Id, replayed.Id);
        Assert.Equal(created.Number, replayed.Number);
        Assert.Equal($"/api/v1/rfqs/{created.Id}", replayedResponse.Headers.Location?.OriginalString);
        var conflict = await (await Client.SendAsync(retry)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("request.idempotency_key_reused", conflict.Field("code"));
        Assert.Single((await (await Client.GetAsync("/api/v1/rfqs")).ReadAsync<PageDto<RfqResource>>()).Items);
    }

    [Fact]
    public async Task Copies_of_one_request_sent_at_once_create_one_rfq()
    {
        var body = Api.Rfq();
        var copies = Enumerable.Range(0, 6).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/rfqs") { Content = JsonContent.Create(body, options: Api.Json) };
            request.Headers.Add("Idempotency-Key", "order-88124-v1");
            using var response = await Client.SendAsync(request);
            return (response.StatusCode, Replayed: response.Headers.Contains("Idempotent-Replayed"), Code: response.StatusCode == HttpStatusCode.Conflict ? (await response.ProblemAsync(HttpStatusCode.Conflict)).Field("code") : null);
        });

        var answers = await Task.WhenAll(copies);

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created && !a.Replayed);
        Assert.All(answers, a => Assert.True(
            a.StatusCode == HttpStatusCode.Created || (a.StatusCode == HttpStatusCode.Conflict && a.Code == "request.idempotency_request_in_progress"),
            $"{a.StatusCode} {a.Code}"));
        Assert.Single((await (await Client.GetAsync("/api/v1/rfqs")).ReadAsync<PageDto<RfqResource>>()).Items);
    }

    [Fact]
    public async Task A_request_that_failed_under_an_idempotency_key_runs_again_when_retried()
    {
        using var invalid = new HttpRequestMessage(HttpMethod.Post, "/api/v1/rfqs") { Content = JsonContent.Create(Api.Rfq() with { Title = "" }, options: Api.Json) };
        invalid.Headers.Add("Idempotency-Key", "order-88125-v1");
        await (await Client.SendAsync(invalid)).ProblemAsync(HttpStatusCode.BadRequest);
        using var fixedRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/rfqs") { Content = JsonContent.Create(Api.Rfq(), options: Api.Json) };
        fixedRequest.Headers.Add("Idempotency-Key", "order-88125-v1");

        await (await Client.SendAsync(fixedRequest)).ReadAsync<RfqResource>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task If_match_with_a_stale_etag_is_412_and_changes_nothing()
    {
        var vendor = await Client.CreateVendorAsync("Etag Vendor");
        var response = await Client.PostAsJsonAsync("/api/v1/rfqs", Api.Rfq(), Api.Json);
        var rfq = await response.ReadAsync<RfqResource>(HttpStatusCode.Created);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var attached = await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendor.Id] }, Api.Json);
        Assert.Equal("\"2\"", attached.Headers.ETag?.Tag);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/rfqs/{rfq.Id}/publish");
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var problem = await (await Client.SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("request.precondition_failed", problem.Field("code"));
        Assert.Equal("draft", (await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}")).ReadAsync<RfqResource>()).Status);

        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/rfqs/{rfq.Id}/publish");
        current.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        Assert.Equal("published", (await (await Client.SendAsync(current)).ReadAsync<RfqResource>()).Status);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await (await Host.CreateClient().GetAsync("/openapi/v1.json")).ReadAsync<JsonElement>();

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/rfqs", out _));
        Assert.True(paths.TryGetProperty("/api/v1/rfqs/{id}/award", out _));
        Assert.True(paths.TryGetProperty("/api/v1/rfqs/{id}/comparison", out _));
        Assert.True(paths.TryGetProperty("/api/v1/vendor-lists", out _));
        Assert.Equal("Purchaser API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_ui_page_finds_the_api_under_the_path_base_it_was_served_from()
    {
        Host.Server.BaseAddress = new Uri("http://localhost/purchasing/");

        var page = await Host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = Host.Server.BaseAddress }).GetStringAsync("ui/");

        Assert.Contains("<meta name=\"purchaser-api\" content=\"/purchasing/api/v1\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_key()
    {
        var client = Host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal("Healthy", await client.GetStringAsync("/readyz"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/docs")).StatusCode);
    }
}
