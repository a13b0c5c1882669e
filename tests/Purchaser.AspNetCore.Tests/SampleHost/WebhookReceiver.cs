using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Purchaser.AspNetCore.Tests.SampleHost;

/// <summary>A real Kestrel webhook receiver on a fixed loopback port that keeps every request; it can go down and come back on the same port.</summary>
internal sealed class WebhookReceiver(int port) : IAsyncDisposable
{
    private WebApplication? _app;

    public Uri Url { get; } = new($"http://127.0.0.1:{port}/erp/hooks");

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _app = builder.Build();
        _app.MapPost(Url.AbsolutePath, async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            Requests.Enqueue(new ReceivedWebhook(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray()));
            return Results.Ok();
        });
        await _app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public async Task<ReceivedWebhook> WaitForAsync(Func<ReceivedWebhook, bool> match, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching webhook; received: {string.Join(", ", Requests.Select(r => $"{r.Type} {r.Id}"))}\n{diagnostics()}");
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}

/// <summary>One request as it arrived: headers and the raw body bytes the signature covers.</summary>
internal sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Id => Headers["webhook-id"];

    public string Text => System.Text.Encoding.UTF8.GetString(Body);

    public string Type => JsonDocument.Parse(Body).RootElement.GetProperty("type").GetString()!;

    public Guid RfqId => JsonDocument.Parse(Body).RootElement.GetProperty("data").GetProperty("rfqId").GetGuid();
}
