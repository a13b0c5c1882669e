using System.Net;
using System.Net.Sockets;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;
using Purchaser.Storage;
using Purchaser.Webhooks;

namespace Purchaser.Benchmarks;

/// <summary>
/// Delivering a batch of webhooks to a loopback receiver: Purchaser's dispatcher (lease from the store, sign, POST,
/// record each attempt) against a bare <see cref="HttpClient"/> POST loop at the same concurrency. Goal: at least 0.5×
/// the bare throughput, that is a ratio of at most 2.
/// </summary>
public class WebhookDispatchBenchmarks
{
    private const int Messages = 200;
    private const int Concurrency = 16;
    private readonly string _directory = Directory.CreateTempSubdirectory("purchaser-dispatch-").FullName;
    private WebApplication _receiver = null!;
    private IHost _engine = null!;
    private HttpClient _bare = null!;
    private Uri _url = null!;
    private WebhookEndpoint _endpoint = null!;
    private int _received;
    private TaskCompletionSource _allReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var port = FreePort();
        var receiverBuilder = WebApplication.CreateSlimBuilder();
        receiverBuilder.Logging.ClearProviders();
        receiverBuilder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _receiver = receiverBuilder.Build();
        _receiver.MapPost("/hooks", (HttpContext _) =>
        {
            if (Interlocked.Increment(ref _received) == _expected)
            {
                _allReceived.TrySetResult();
            }

            return Results.Ok();
        });
        await _receiver.StartAsync();
        _url = new Uri($"http://127.0.0.1:{port}/hooks");
        _bare = new HttpClient();

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(_directory, "keys")));
        builder.Services.AddPurchaser().UseSqlite($"Data Source={Path.Combine(_directory, "purchaser.db")}")
            .AddWebhooks(o =>
            {
                o.AllowPrivateNetworks = true;
                o.MaxConcurrentDeliveries = Concurrency;
                o.PollInterval = TimeSpan.FromMilliseconds(10);
            });
        builder.Services.Configure<Purchaser.Hosting.BootstrapOptions>(o => o.CreateWhenEmpty = false);
        _engine = builder.Build();
        await _engine.StartAsync();
        var tenant = new Tenant(Id<Tenant>.New(), "bench", DateTimeOffset.UtcNow);
        await _engine.Services.GetRequiredService<ITenantStore>().CreateTenantAsync(tenant, CancellationToken.None);
        await using var scope = _engine.Services.CreateAsyncScope();
        (_endpoint, _) = await scope.ServiceProvider.GetRequiredService<WebhookEndpointService>()
            .CreateAsync(tenant.Id, new CreateWebhookEndpointRequest { Url = _url.AbsoluteUri }, new Actor("system", "bench", "bench"));
    }

    [IterationSetup]
    public void Reset()
    {
        _received = 0;
        _expected = Messages;
        _allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient POST loop, 16 at a time")]
    public async Task BarePostLoopAsync()
    {
        var body = Encoding.UTF8.GetBytes("{\"type\":\"ping\",\"data\":{}}");
        await Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, cancellationToken) =>
        {
            using var content = new ByteArrayContent(body);
            using var response = await _bare.PostAsync(_url, content, cancellationToken);
        });
    }

    [Benchmark(Description = "Purchaser dispatcher, 16 in flight")]
    public async Task DispatcherAsync()
    {
        var now = DateTimeOffset.UtcNow;
        var deliveries = Enumerable.Range(0, Messages).Select(_ => new WebhookDelivery
        {
            Id = Id<WebhookDelivery>.New(),
            TenantId = _endpoint.TenantId,
            EndpointId = _endpoint.Id,
            MessageId = OutboxMessage.NewId(),
            EventType = "ping",
            SubjectId = Guid.NewGuid(),
            Payload = "{\"type\":\"ping\",\"data\":{}}",
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        }).ToList();
        await _engine.Services.GetRequiredService<IWebhookStore>().AddDeliveriesAsync(deliveries, CancellationToken.None);
        await _allReceived.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _engine.StopAsync();
        _engine.Dispose();
        await _receiver.DisposeAsync();
        _bare.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
