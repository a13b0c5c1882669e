using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Storage.ContractTests;

namespace Purchaser.Storage.Sqlite.Tests;

/// <summary>The webhook store specification against a real SQLite file.</summary>
public sealed class SqliteWebhookStoreContractTests : WebhookStoreContractTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"purchaser-{Guid.NewGuid():N}.db");

    protected override void UseStore(PurchaserBuilder builder) => builder.UseSqlite($"Data Source={_path}");

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
