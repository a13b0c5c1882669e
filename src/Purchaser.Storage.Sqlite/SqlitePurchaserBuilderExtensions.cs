using Microsoft.Extensions.DependencyInjection.Extensions;
using Purchaser.Mail;
using Purchaser.Storage;
using Purchaser.Storage.Sqlite;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the SQLite store.</summary>
public static class SqlitePurchaserBuilderExtensions
{
    /// <summary>Stores everything in the SQLite database named by <paramref name="connectionString"/>.</summary>
    public static PurchaserBuilder UseSqlite(this PurchaserBuilder builder, string connectionString) =>
        builder.UseSqlite(options => options.ConnectionString = connectionString);

    /// <summary>Stores everything in SQLite, configured by <paramref name="configure"/>.</summary>
    public static PurchaserBuilder UseSqlite(this PurchaserBuilder builder, Action<SqliteStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<SqliteStoreOptions>().Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "The SQLite connection string is required.")
            .ValidateOnStart();
        services.TryAddSingleton<SqliteDatabase>();
        services.Replace(ServiceDescriptor.Singleton<IStoreInitializer, SqliteStoreInitializer>());
        services.Replace(ServiceDescriptor.Singleton<IRfqStore, SqliteRfqStore>());
        services.Replace(ServiceDescriptor.Singleton<IQuoteStore, SqliteQuoteStore>());
        services.Replace(ServiceDescriptor.Singleton<IVendorStore, SqliteVendorStore>());
        services.Replace(ServiceDescriptor.Singleton<ITenantStore, SqliteTenantStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditStore, SqliteAuditStore>());
        services.Replace(ServiceDescriptor.Singleton<IOutboxStore, SqliteOutboxStore>());
        services.Replace(ServiceDescriptor.Singleton<IIdempotencyStore, SqliteIdempotencyStore>());
        services.Replace(ServiceDescriptor.Singleton<IWebhookStore, SqliteWebhookStore>());
        services.Replace(ServiceDescriptor.Singleton<IInboundMessageStore, SqliteInboundMessageStore>());
        services.Replace(ServiceDescriptor.Singleton<IOutboundMailStore, SqliteOutboundMailStore>());
        services.Replace(ServiceDescriptor.Singleton<IMailboxCheckpointStore, SqliteMailboxCheckpointStore>());
        services.Replace(ServiceDescriptor.Singleton<ILeaseStore, SqliteLeaseStore>());
        return builder;
    }
}
