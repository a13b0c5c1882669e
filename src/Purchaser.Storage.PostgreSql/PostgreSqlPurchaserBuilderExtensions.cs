using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Purchaser.Storage;
using Purchaser.Storage.PostgreSql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Chooses the PostgreSQL store.</summary>
public static class PostgreSqlPurchaserBuilderExtensions
{
    /// <summary>Stores everything in the PostgreSQL database named by <paramref name="connectionString"/>.</summary>
    public static PurchaserBuilder UsePostgreSql(this PurchaserBuilder builder, string connectionString) =>
        builder.UsePostgreSql(options => options.ConnectionString = connectionString);

    /// <summary>Stores everything in PostgreSQL, configured by <paramref name="configure"/>.</summary>
    public static PurchaserBuilder UsePostgreSql(this PurchaserBuilder builder, Action<PostgreSqlStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<PostgreSqlStoreOptions>().Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "The PostgreSQL connection string is required.")
            .ValidateOnStart();
        services.TryAddKeyedSingleton(PostgreSqlStoreOptions.DataSourceKey, (provider, _) => CreateDataSource(provider));
        services.TryAddSingleton<PostgreSqlDatabase>();
        services.Replace(ServiceDescriptor.Singleton<IStoreInitializer, PostgreSqlStoreInitializer>());
        services.Replace(ServiceDescriptor.Singleton<IRfqStore, PostgreSqlRfqStore>());
        services.Replace(ServiceDescriptor.Singleton<IQuoteStore, PostgreSqlQuoteStore>());
        services.Replace(ServiceDescriptor.Singleton<IVendorStore, PostgreSqlVendorStore>());
        services.Replace(ServiceDescriptor.Singleton<ITenantStore, PostgreSqlTenantStore>());
        services.Replace(ServiceDescriptor.Singleton<IAuditStore, PostgreSqlAuditStore>());
        services.Replace(ServiceDescriptor.Singleton<IOutboxStore, PostgreSqlOutboxStore>());
        services.Replace(ServiceDescriptor.Singleton<IIdempotencyStore, PostgreSqlIdempotencyStore>());
        services.Replace(ServiceDescriptor.Singleton<IWebhookStore, PostgreSqlWebhookStore>());
        services.Replace(ServiceDescriptor.Singleton<IInboundMessageStore, PostgreSqlInboundMessageStore>());
        services.Replace(ServiceDescriptor.Singleton<IOutboundMailStore, PostgreSqlOutboundMailStore>());
        services.Replace(ServiceDescriptor.Singleton<Purchaser.Mail.IMailboxCheckpointStore, PostgreSqlMailboxCheckpointStore>());
        services.Replace(ServiceDescriptor.Singleton<ILeaseStore, PostgreSqlLeaseStore>());
        return builder;
    }

    private static NpgsqlDataSource CreateDataSource(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<PostgreSqlStoreOptions>>().Value;
        var dataSource = new NpgsqlDataSourceBuilder(options.ConnectionString);
        if (provider.GetService<ILoggerFactory>() is { } loggerFactory)
        {
            dataSource.UseLoggerFactory(loggerFactory);
        }

        options.ConfigureDataSource?.Invoke(dataSource);
        return dataSource.Build();
    }
}
