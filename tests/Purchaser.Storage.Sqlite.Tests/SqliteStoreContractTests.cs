using Microsoft.Extensions.DependencyInjection;
using Microsoft.Data.Sqlite;
using Purchaser.Storage.ContractTests;

namespace Purchaser.Storage.Sqlite.Tests;

/// <summary>The store specification against a real SQLite file.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"purchaser-{Guid.NewGuid():N}.db");

    protected override void UseStore(PurchaserBuilder builder) => builder.UseSqlite($"Data Source={_path}");

    [Fact]
    public async Task The_file_is_in_wal_mode_with_the_schema_version_recorded()
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await mode.ExecuteScalarAsync());
        await using var version = connection.CreateCommand();
        version.CommandText = "SELECT MAX(version) FROM schema_migrations";
        Assert.Equal(SqliteStoreInitializer.Migrations().Max(m => m.Version), (long)(await version.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        await Fixture.CreateRfqAsync(Fixture.TenantA);
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE audit_log SET action = 'forged'";
        Assert.Contains("append-only", (await Assert.ThrowsAsync<SqliteException>(() => update.ExecuteNonQueryAsync())).Message, StringComparison.Ordinal);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM audit_log";
        await Assert.ThrowsAsync<SqliteException>(() => delete.ExecuteNonQueryAsync());
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
