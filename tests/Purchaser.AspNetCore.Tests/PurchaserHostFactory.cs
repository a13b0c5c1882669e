using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Tests;

/// <summary>
/// The reference host in memory, on its own SQLite file (or, given one, a PostgreSQL database), seeded with a known
/// API key; <paramref name="settings"/> are applied over the defaults.
/// </summary>
public sealed class PurchaserHostFactory(string? postgreSqlConnectionString = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string ApiKey = "pur_test_bootstrap_key_0123456789abcdef";

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"purchaser-api-{Guid.NewGuid():N}.db");

    public PurchaserHostFactory()
        : this(null, null)
    {
    }

    /// <summary>The host's mail drop: <c>outbox/</c> holds what it sent, <c>inbox/</c> takes replies.</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"purchaser-mail-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (postgreSqlConnectionString is null)
        {
            builder.UseSetting("ConnectionStrings:Purchaser", $"Data Source={_path}");
        }
        else
        {
            builder.UseSetting("Purchaser:Storage:Provider", "PostgreSql");
            builder.UseSetting("ConnectionStrings:Purchaser", postgreSqlConnectionString);
        }

        builder.UseSetting("Purchaser:Bootstrap:ApiKey", ApiKey);
        builder.UseSetting("Purchaser:Bootstrap:Tenant", "Northfield Robotics");
        builder.UseSetting("Purchaser:Mail:Directory", MailDirectory);
        builder.UseSetting("Purchaser:Mail:PollInterval", "00:00:00.050");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HttpClient ClientWithKey(string key = ApiKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A second tenant with its own key, made through the services as an operator would.</summary>
    public async Task<HttpClient> ClientOfAnotherTenantAsync()
    {
        using var scope = Services.CreateScope();
        var tenant = new Tenant(Id<Tenant>.New(), "Other Corp", DateTimeOffset.UtcNow);
        await scope.ServiceProvider.GetRequiredService<ITenantStore>().CreateTenantAsync(tenant, CancellationToken.None);
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(tenant.Id, "other", Actor.System);
        return ClientWithKey(secret);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }
}
