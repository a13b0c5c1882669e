using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Purchaser.Client.Webhooks;
using Purchaser.Contracts.Webhooks;

namespace Purchaser.Client.Tests;

/// <summary>The ASP.NET Core receiver endpoint: verified events reach the handler once; forged, stale or malformed ones never do.</summary>
public sealed class WebhookReceiverEndpointTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private readonly ConcurrentQueue<WebhookEvent> _handled = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        builder.Services.AddPurchaserWebhookVerifier(options => options.Secrets.Add(Secret));
        _app = builder.Build();
        _app.MapPurchaserWebhooks("/purchaser/webhooks", (webhook, _, _) =>
        {
            _handled.Enqueue(webhook);
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_verified_event_reaches_the_handler_once()
    {
        var body = """{"type":"rfq.cancelled","timestamp":"2026-12-04T10:00:00+00:00","data":{"rfqId":"0193a5c4-0000-7000-8000-000000000001","reference":"SO-1","rfq":null}}""";

        var first = await PostAsync("msg_one", DateTimeOffset.UtcNow, body, Secret);
        var replay = await PostAsync("msg_one", DateTimeOffset.UtcNow, body, Secret);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var handled = Assert.Single(_handled);
        Assert.Equal("msg_one", handled.MessageId);
        Assert.Equal("rfq.cancelled", handled.Type);
    }

    [Fact]
    public async Task Forged_stale_or_malformed_requests_never_reach_the_handler()
    {
        var body = """{"type":"ping","timestamp":"2026-12-04T10:00:00+00:00","data":{}}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("msg_forged", DateTimeOffset.UtcNow, body, "whsec_" + Convert.ToBase64String(new byte[32]))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("msg_stale", DateTimeOffset.UtcNow.AddMinutes(-10), body, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("msg_garbage", DateTimeOffset.UtcNow, "not json", Secret)).StatusCode);
        Assert.Empty(_handled);
    }

    private Task<HttpResponseMessage> PostAsync(string id, DateTimeOffset at, string body, string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = at.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, "/purchaser/webhooks") { Content = new ByteArrayContent(bytes) };
        request.Headers.Add(WebhookSignature.IdHeader, id);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(WebhookSignature.DecodeSecret(secret), id, timestamp, bytes));
        return _client.SendAsync(request);
    }
}
