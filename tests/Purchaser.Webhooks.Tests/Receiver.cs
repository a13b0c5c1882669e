using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Purchaser.Webhooks.Tests;

/// <summary>
/// A real Kestrel webhook receiver on loopback that records every request and answers as scripted.
/// Its URLs live under a path of its own: a loopback port is reused once its previous owner let it go, and a retry some
/// other engine still sends to that port must neither be recorded here nor take an answer scripted for this test.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly string _prefix = "/r" + Guid.NewGuid().ToString("N");
    private WebApplication? _app;

    public Receiver(int? port = null) => Port = port ?? FreePort();

    public int Port { get; }

    public Uri Url => UrlFor("hooks");

    /// <summary>Requests that arrived at this receiver's own paths; <see cref="ReceivedRequest.Path"/> is relative to them.</summary>

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>This receiver's URL for <paramref name="name"/>; it is recorded with the path <c>/name</c>.</summary>
    public Uri UrlFor(string name) => new($"http://127.0.0.1:{Port}{_prefix}/{name}");

    /// <summary>What to answer when the script is empty; 200 by default.</summary>
    public Func<HttpContext, Task> Default { get; set; } = _ => Task.CompletedTask;

    public void Then(params Func<HttpContext, Task>[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public static Func<HttpContext, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsync($"answer {status}");
    };

    public static Func<HttpContext, Task> Delay(TimeSpan delay) => context => Task.Delay(delay, context.RequestAborted);

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        _app = builder.Build();
        _app.Map("/{**path}", async (HttpContext context) =>
        {
            if (!context.Request.Path.StartsWithSegments(_prefix, out var path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Request.Path = path;
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            Requests.Enqueue(new ReceivedRequest(context.Request.Path, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, DateTimeOffset.UtcNow));
            var answer = _script.TryDequeue(out var scripted) ? scripted : Default;
            await answer(context);
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

    public async Task<ReceivedRequest> WaitForAsync(Func<ReceivedRequest, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No matching request; received: {string.Join(", ", Requests.Select(r => r.Type))}");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One request the receiver got.</summary>
public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string Id => Headers["webhook-id"];

    public string Type => System.Text.Json.JsonDocument.Parse(Body).RootElement.GetProperty("type").GetString()!;
}
