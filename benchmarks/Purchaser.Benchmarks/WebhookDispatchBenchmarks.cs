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
/// Delivering webhooks to a loopback receiver: Purchaser's dispatcher (read the outbox, sign, POST, record each attempt)
/// against a bare <see cref="HttpClient"/> POST loop at the same concurrency, both sending the same number of POSTs with
/// the same body. Goal: at least 0.5× the bare throughput, that is a ratio of at most 2.
/// </summary>
/// <remarks>
/// Throughput of a steady stream. Before each dispatcher invocation the outbox holds 10 000 new events, as the state
/// changes that caused them left it (written here, untimed, with plain SQL that wakes nobody): what a bare POST loop is
/// given, events that exist. The invocation wakes the dispatcher as such a commit would, and ends when every message was
/// received and every attempt is stored, so no invocation starts while the previous one's records are still being
/// written. The dispatcher polls once a minute and renews its fan-out lease every few minutes, so it does not find the
/// events before it is woken. One invocation per iteration (the outbox is filled per iteration), so each is long enough
/// that a single invocation's start and end (measured: about 15 ms for the bare loop) weigh little.
/// </remarks>
[InvocationCount(1)]
public class WebhookDispatchBenchmarks
{
    private const int Messages = 10_000;
    private const int Concurrency = 16;
    private const string Payload = "{\"type\":\"ping\",\"data\":{}}";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Payload);
    private readonly string _directory = Directory.CreateTempSubdirectory("purchaser-dispatch-").FullName;
    private WebApplication _receiver = null!;
    private IHost _engine = null!;
    private HttpClient _bare = null!;
    private Uri _url = null!;
    private WebhookEndpoint _endpoint = null!;
    private int _received;
    private TaskCompletionSource _allReceived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected;
    private RecordedAttemptsProbe _probe = null!;
    private string _database = null!;

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
        _database = $"Data Source={Path.Combine(_directory, "purchaser.db")}";
        builder.Services.AddPurchaser(o => o.LeaseDuration = TimeSpan.FromMinutes(10)).UseSqlite(_database)
            .AddWebhooks(o =>
            {
                o.AllowPrivateNetworks = true;
                o.MaxConcurrentDeliveries = Concurrency;
                o.PollInterval = TimeSpan.FromMinutes(1);
            });
        builder.Services.Configure<Purchaser.Hosting.BootstrapOptions>(o => o.CreateWhenEmpty = false);
        var registered = builder.Services.Single(d => d.ServiceType == typeof(IWebhookStore));
        builder.Services.Remove(registered);
        builder.Services.AddSingleton(sp =>
        {
            (var store, _probe) = RecordedAttemptsProbe.Wrap((IWebhookStore)ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
            return store;
        });
        _engine = builder.Build();
        await _engine.StartAsync();
        var tenant = new Tenant(Id<Tenant>.New(), "bench", DateTimeOffset.UtcNow);
        await _engine.Services.GetRequiredService<ITenantStore>().CreateTenantAsync(tenant, CancellationToken.None);
        await using var scope = _engine.Services.CreateAsyncScope();
        (_endpoint, _) = await scope.ServiceProvider.GetRequiredService<WebhookEndpointService>()
            .CreateAsync(tenant.Id, new CreateWebhookEndpointRequest { Url = _url.AbsoluteUri }, new Actor("system", "bench", "bench"));
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient POST loop, 16 at a time")]
    public async Task BarePostLoopAsync()
    {
        var all = Expect(Messages);
        await Parallel.ForEachAsync(Enumerable.Range(0, Messages), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (_, cancellationToken) =>
        {
            using var content = new ByteArrayContent(Body);
            using var response = await _bare.PostAsync(_url, content, cancellationToken);
        });
        await all.WaitAsync(TimeSpan.FromMinutes(2));
    }

    [IterationSetup(Target = nameof(DispatcherAsync))]
    public void FillOutbox()
    {
        using var connection = new SqliteConnection(_database);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO outbox (id, tenant_id, event_type, subject_id, payload, created_at) VALUES (@id, @tenant, 'ping', @subject, @payload, @at)";
        var (id, subject) = (insert.Parameters.Add("@id", SqliteType.Text), insert.Parameters.Add("@subject", SqliteType.Text));
        insert.Parameters.AddWithValue("@tenant", _endpoint.TenantId.Value.ToString("D"));
        insert.Parameters.AddWithValue("@payload", Payload);
        insert.Parameters.AddWithValue("@at", DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < Messages; i++)
        {
            id.Value = OutboxMessage.NewId();
            subject.Value = Guid.NewGuid().ToString("D");
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    [Benchmark(Description = "Purchaser dispatcher, 16 in flight")]
    public async Task DispatcherAsync()
    {
        var all = Expect(Messages);
        var recorded = _probe.Expect(Messages);
        _engine.Services.GetRequiredService<OutboxSignal>().Raise();
        await all.WaitAsync(TimeSpan.FromMinutes(2));
        await recorded.WaitAsync(TimeSpan.FromMinutes(2));
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

    private Task Expect(int messages)
    {
        _received = 0;
        _expected = messages;
        _allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _allReceived.Task;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
