using System.Net;
using System.Net.Http.Json;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary>Every kind of bad request gets its documented problem response, and nothing is half-written.</summary>
public sealed class BadRequestTests : IAsyncLifetime
{
    private readonly PurchaserHostFactory _host = new();
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _host.ClientWithKey();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await AssertNoRfqWasWrittenAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Malformed_json_names_where_it_broke()
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/rfqs", """{ "title": "x", "lines": [ { "lineNumber": "one" } ] }""")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("request.malformed", problem.Field("code"));
        Assert.True(problem.HasFieldError("lines[0].lineNumber"), problem.ToString());
    }

    [Fact]
    public async Task Truncated_json_is_a_400_not_a_500()
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/rfqs", """{ "title": """)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.Field("code"));
    }

    [Fact]
    public async Task A_missing_body_is_a_400()
    {
        var problem = await (await _client.PostAsync("/api/v1/rfqs", new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.Field("code"));
    }

    [Theory]
    [InlineData("currency", """{ "title": "x", "currency": "XYZ", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": 1, "unit": "EA" } ] }""")]
    [InlineData("currency", """{ "title": "x", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": 1, "unit": "EA" } ] }""")]
    [InlineData("lines[0].quantity", """{ "title": "x", "currency": "USD", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": -5, "unit": "EA" } ] }""")]
    [InlineData("lines[1].lineNumber", """{ "title": "x", "currency": "USD", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": 1, "unit": "EA" }, { "lineNumber": 1, "partNumber": "B", "quantity": 1, "unit": "EA" } ] }""")]
    [InlineData("lines", """{ "title": "x", "currency": "USD", "lines": [] }""")]
    [InlineData("lines[0].unit", """{ "title": "x", "currency": "USD", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": 1, "unit": "furlong" } ] }""")]
    [InlineData("title", """{ "currency": "USD", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": 1, "unit": "EA" } ] }""")]
    [InlineData("responseDueAt", """{ "title": "x", "currency": "USD", "responseDueAt": "2001-01-01T00:00:00Z", "lines": [ { "lineNumber": 1, "partNumber": "A", "quantity": 1, "unit": "EA" } ] }""")]
    public async Task Invalid_fields_answer_400_naming_the_field(string field, string body)
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/rfqs", body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("validation.failed", problem.Field("code"));
        Assert.True(problem.HasFieldError(field), problem.ToString());
    }

    [Fact]
    public async Task A_vendor_list_of_another_tenant_is_not_found()
    {
        var other = await _host.ClientOfAnotherTenantAsync();
        var theirVendor = await other.CreateVendorAsync("Their Vendor");
        var theirList = await other.CreateListAsync("Their List", theirVendor.Id);

        var problem = await (await _client.PostAsJsonAsync("/api/v1/rfqs", Api.Rfq(vendorListId: theirList.Id), Api.Json)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("vendor_list.not_found", problem.Field("code"));
    }

    [Fact]
    public async Task A_vendor_without_a_valid_email_is_refused()
    {
        var problem = await (await _client.PostJsonAsync("/api/v1/vendors", """{ "name": "Acme", "contacts": [ { "name": "Sales", "email": "not-an-address" } ] }""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("contacts[0].email"), problem.ToString());
    }

    [Fact]
    public async Task Bad_query_parameters_are_named()
    {
        var problem = await (await _client.GetAsync($"/api/v1/rfqs?status=bogus&limit=1000&cursor=%%%&search={new string('x', 101)}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.HasFieldError("status"));
        Assert.True(problem.HasFieldError("search"));
        Assert.True(problem.HasFieldError("limit"));
        Assert.True(problem.HasFieldError("cursor"));
    }

    private async Task AssertNoRfqWasWrittenAsync()
    {
        var page = await (await _client.GetAsync("/api/v1/rfqs")).ReadAsync<PageDto<RfqResource>>();
        Assert.Empty(page.Items);
    }
}
