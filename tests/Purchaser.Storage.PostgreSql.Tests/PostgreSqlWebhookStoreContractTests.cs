using Microsoft.Extensions.DependencyInjection;
using Purchaser.Storage.ContractTests;

namespace Purchaser.Storage.PostgreSql.Tests;

/// <summary>The webhook store specification against a real PostgreSQL database, a fresh one per test.</summary>
public sealed class PostgreSqlWebhookStoreContractTests : WebhookStoreContractTests, IAsyncLifetime
{
    private TestDatabase? _database;

    protected override void UseStore(PurchaserBuilder builder) =>
        builder.UsePostgreSql((_database ?? throw new InvalidOperationException("Not initialised.")).ConnectionString);

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
}
