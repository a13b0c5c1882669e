using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Purchaser.Storage.ContractTests;

namespace Purchaser.Storage.PostgreSql.Tests;

/// <summary>The store specification against a real PostgreSQL database, a fresh one per test.</summary>
public sealed class PostgreSqlStoreContractTests : StoreContractTests, IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database ?? throw new InvalidOperationException("Not initialised.");

    protected override void UseStore(PurchaserBuilder builder) => builder.UsePostgreSql(Database.ConnectionString);

    // Re-implemented so the database exists before the base class builds the store on it.
    async Task IAsyncLifetime.InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task The_schema_version_is_recorded()
    {
        await using var connection = await Database.OpenAsync();
        await using var version = new NpgsqlCommand("SELECT MAX(version) FROM schema_migrations", connection);
        Assert.Equal(PostgreSqlStoreInitializer.Migrations().Max(m => m.Version), (int)(await version.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_deletes_and_truncation()
    {
        await Fixture.CreateRfqAsync(Fixture.TenantA);
        await using var connection = await Database.OpenAsync();

        foreach (var sql in new[] { "UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
        }

        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM audit_log", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0);
    }
}
