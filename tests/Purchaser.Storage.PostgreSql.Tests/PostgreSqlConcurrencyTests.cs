using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Purchaser.Storage.ContractTests;

namespace Purchaser.Storage.PostgreSql.Tests;

/// <summary>What several hosts on one database rely on: migrating once, and an outbox that no reader can overtake.</summary>
public sealed class PostgreSqlConcurrencyTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Hosts_starting_together_apply_each_migration_once()
    {
        var hosts = Enumerable.Range(0, 6).Select(_ =>
        {
            var services = new ServiceCollection().AddLogging();
            services.AddPurchaser().UsePostgreSql(Database.ConnectionString);
            return services.BuildServiceProvider();
        }).ToList();
        try
        {
            await Task.WhenAll(hosts.Select(h => h.GetRequiredService<IStoreInitializer>().InitializeAsync(CancellationToken.None)));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }

        await using var connection = await Database.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations ORDER BY version", connection);
        var applied = new List<int>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        Assert.Equal(PostgreSqlStoreInitializer.Migrations().Select(m => m.Version), applied);
    }

    [Fact]
    public async Task A_reader_following_the_outbox_never_skips_a_message_written_concurrently()
    {
        await using var fixture = await StoreFixture.CreateAsync(b => b.UsePostgreSql(Database.ConnectionString));
        var outbox = fixture.Get<IOutboxStore>();
        var writing = Task.WhenAll(Enumerable.Range(0, 8).Select(async writer =>
        {
            for (var i = 0; i < 6; i++)
            {
                await fixture.CreateRfqAsync(writer % 2 == 0 ? fixture.TenantA : fixture.TenantB, $"SO-{writer}-{i}");
            }
        }));

        // Follows the outbox as the fan-out does: from the last position seen, never looking back.
        var seen = new List<string>();
        long position = 0;
        while (true)
        {
            var done = writing.IsCompleted;
            foreach (var message in await outbox.ReadAsync(position, 100, CancellationToken.None))
            {
                seen.Add(message.Id);
                position = message.Sequence;
            }

            if (done)
            {
                break;
            }
        }

        await writing;
        var all = await outbox.ReadAsync(0, 1000, CancellationToken.None);
        Assert.Equal(48, all.Count);
        Assert.Equal(all.Select(m => m.Id), seen);
    }

    [Fact]
    public async Task An_unreachable_server_fails_with_a_message_saying_what_to_do()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestDatabase.CreateAsync("Host=127.0.0.1;Port=1;Username=purchaser;Password=purchaser;Database=postgres;Timeout=2"));

        Assert.Contains("Cannot connect to the PostgreSQL test server at 127.0.0.1:1", failure.Message, StringComparison.Ordinal);
        Assert.Contains(".ci/services.sh", failure.Message, StringComparison.Ordinal);
    }
}
