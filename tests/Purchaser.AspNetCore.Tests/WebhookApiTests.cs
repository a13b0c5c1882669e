using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.AspNetCore.Tests;

/// <summary>The webhook endpoints API on the reference host, and a signed delivery from it to a real receiver.</summary>
public sealed class WebhookApiTests : IAsyncLifetime
{
    private readonly PurchaserHostFactory _host = new();
    private readonly ConcurrentQueue<(Dictionary<string, string> Headers, string Body)> _received = new();
    private WebApplication _receiver = null!;
    private string _receiverUrl = null!;

    public async Task InitializeAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _receiver = builder.Build();
        _receiver.MapPost("/hooks", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _received.Enqueue((context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), await reader.ReadToEndAsync()));
        });
        await _receiver.StartAsync();
        _receiverUrl = $"http://127.0.0.1:{port}/hooks";
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Publishing_with_a_registered_endpoint_delivers_a_verifiable_rfq_published()
    {
        var client = _host.WithWebHostBuilder(b => b.UseSetting("Purchaser:Webhooks:AllowPrivateNetworks", "true").UseSetting("Purchaser:Webhooks:PollInterval", "00:00:00.050")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", PurchaserHostFactory.ApiKey);
        var created = await (await client.PostAsJsonAsync("/api/v1/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = _receiverUrl, EventTypes = [EventTypes.RfqPublished] }, Api.Json))
            .ReadAsync<WebhookSecretResource>(HttpStatusCode.Created);
        Assert.StartsWith("whsec_", created.Secret, StringComparison.Ordinal);

        var vendor = await client.CreateVendorAsync("Acme Machining");
        var rfq = await client.CreateRfqAsync();
        await client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [vendor.Id] }, Api.Json);
        await (await client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (_received.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var (headers, body) = Assert.Single(_received);
        Assert.True(WebhookSignature.IsValid(
            WebhookSignature.DecodeSecret(created.Secret),
            headers[WebhookSignature.IdHeader],
            long.Parse(headers[WebhookSignature.TimestampHeader], System.Globalization.CultureInfo.InvariantCulture),
            Encoding.UTF8.GetBytes(body),
            headers[WebhookSignature.SignatureHeader]));
        Assert.Contains("\"type\":\"rfq.published\"", body, StringComparison.Ordinal);

        PageDto<WebhookAttemptResource> deliveries;
        do
        {
            // The attempt is recorded just after the receiver answers.
            await Task.Delay(25);
            deliveries = await (await client.GetAsync($"/api/v1/webhooks/endpoints/{created.Id}/deliveries")).ReadAsync<PageDto<WebhookAttemptResource>>();
        }
        while (deliveries.Items.Count == 0 && DateTime.UtcNow < deadline);

        var attempt = Assert.Single(deliveries.Items);
        Assert.Equal(200, attempt.StatusCode);
        Assert.True(attempt.Succeeded);
        Assert.Equal(headers[WebhookSignature.IdHeader], attempt.MessageId);
    }

    [Theory]
    [InlineData("url", "http://127.0.0.1:9/hooks")]
    [InlineData("url", "https://10.1.2.3/hooks")]
    [InlineData("url", "https://169.254.169.254/latest/meta-data")]
    [InlineData("url", "ftp://example.com/hooks")]
    [InlineData("url", "not a url")]
    public async Task Internal_or_malformed_urls_are_refused_at_registration(string field, string url)
    {
        var client = _host.ClientWithKey();

        var problem = await (await client.PostAsJsonAsync("/api/v1/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = url }, Api.Json)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasFieldError(field), problem.ToString());
    }

    [Fact]
    public async Task Unknown_event_types_are_named()
    {
        var client = _host.WithWebHostBuilder(b => b.UseSetting("Purchaser:Webhooks:AllowPrivateNetworks", "true")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", PurchaserHostFactory.ApiKey);

        var problem = await (await client.PostAsJsonAsync("/api/v1/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = _receiverUrl, EventTypes = ["rfq.published", "rfq.exploded"] }, Api.Json))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.HasFieldError("eventTypes[1]"), problem.ToString());
    }

    [Fact]
    public async Task Endpoints_are_listed_patched_rotated_and_isolated_per_tenant()
    {
        var client = _host.WithWebHostBuilder(b => b.UseSetting("Purchaser:Webhooks:AllowPrivateNetworks", "true")).CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", PurchaserHostFactory.ApiKey);
        var created = await (await client.PostAsJsonAsync("/api/v1/webhooks/endpoints", new CreateWebhookEndpointRequest { Url = _receiverUrl, Description = "ERP" }, Api.Json))
            .ReadAsync<WebhookSecretResource>(HttpStatusCode.Created);

        var listed = await (await client.GetAsync("/api/v1/webhooks/endpoints")).ReadAsync<List<WebhookEndpointResource>>();
        Assert.Equal(created.Id, Assert.Single(listed).Id);
        Assert.DoesNotContain(created.Secret, await client.GetStringAsync("/api/v1/webhooks/endpoints"), StringComparison.Ordinal);

        var patched = await (await client.PatchAsJsonAsync($"/api/v1/webhooks/endpoints/{created.Id}", new UpdateWebhookEndpointRequest { Enabled = false }, Api.Json)).ReadAsync<WebhookEndpointResource>();
        Assert.False(patched.Enabled);
        var rotated = await (await client.PostAsync($"/api/v1/webhooks/endpoints/{created.Id}/rotate-secret", null)).ReadAsync<WebhookSecretResource>();
        Assert.NotEqual(created.Secret, rotated.Secret);

        var other = await _host.ClientOfAnotherTenantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/webhooks/endpoints/{created.Id}")).StatusCode);
        var problem = await (await other.PostAsync($"/api/v1/webhooks/endpoints/{created.Id}/test", null)).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("webhook.endpoint_not_found", problem.Field("code"));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/webhooks/endpoints/{created.Id}")).StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
