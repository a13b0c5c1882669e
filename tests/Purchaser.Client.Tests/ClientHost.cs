using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Purchaser.Client.Tests;

/// <summary>
/// The reference host in memory on its own SQLite file, and a <see cref="PurchaserClient"/> registered the way an
/// integration service registers it, whose primary handler is the in-memory server behind a <see cref="FaultInjector"/>.
/// </summary>
public sealed class ClientHost : IAsyncDisposable
{
    public const string ApiKey = "pur_client_test_key_0123456789abcdef";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"purchaser-client-{Guid.NewGuid():N}.db");
    private readonly WebApplicationFactory<Program> _factory;
    private readonly ServiceProvider _services;

    public ClientHost(string apiKey = ApiKey)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Purchaser", $"Data Source={_path}");
            builder.UseSetting("Purchaser:Bootstrap:ApiKey", ApiKey);
        });
        var server = _factory.Server;

        var services = new ServiceCollection();
        var client = services.AddPurchaserClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.ApiKey = apiKey;
        });
        client.ConfigurePrimaryHttpMessageHandler(() => new FaultInjector(Faults, Received) { InnerHandler = server.CreateHandler() });

        // Retry at once so tests of retries stay fast; which requests are retried is the production policy.
        services.Configure<HttpStandardResilienceOptions>($"{client.Name}-standard", options =>
        {
            options.Retry.Delay = TimeSpan.Zero;
            options.Retry.UseJitter = false;
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Client = _services.GetRequiredService<PurchaserClient>();
    }

    public PurchaserClient Client { get; }

    /// <summary>Faults to inject, consumed one per matching request.</summary>
    public ConcurrentQueue<Fault> Faults { get; } = new();

    /// <summary>Every request that reached the server, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Received { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
