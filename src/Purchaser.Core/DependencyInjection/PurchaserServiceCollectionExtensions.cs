using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Purchaser;
using Purchaser.Diagnostics;
using Purchaser.Hosting;
using Purchaser.Services;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Purchaser engine.</summary>
public static class PurchaserServiceCollectionExtensions
{
    /// <summary>
    /// Adds the sourcing services, options validated at start, telemetry, and the startup step that migrates the store.
    /// Choose a store next, for example <c>.UseSqlite(...)</c>.
    /// </summary>
    public static PurchaserBuilder AddPurchaser(this IServiceCollection services, Action<PurchaserOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<PurchaserOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<BootstrapOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PurchaserOptions>, PurchaserOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BootstrapOptions>, BootstrapOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PurchaserTelemetry>();
        services.TryAddSingleton<Purchaser.Storage.OutboxSignal>();
        services.TryAddSingleton<Purchaser.Storage.WebhookDeliveryHandoff>();
        services.TryAddScoped<RfqService>();
        services.TryAddScoped<QuoteService>();
        services.TryAddScoped<QuoteComparisonService>();
        services.TryAddScoped<VendorService>();
        services.TryAddScoped<ApiKeyService>();
        services.TryAddScoped<VendorMessageService>();
        services.TryAddSingleton<TenantBootstrapper>();
        services.TryAddSingleton<LeaseHolder>();
        services.AddHostedService<PurchaserStartup>();
        services.AddHostedService<ResponseDueMonitor>();
        services.AddHostedService<IdempotencyRetention>();
        return new PurchaserBuilder(services);
    }

    /// <summary>Adds the engine with options bound from <paramref name="configuration"/> (the <c>Purchaser</c> section).</summary>
    public static PurchaserBuilder AddPurchaser(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddPurchaser();
        services.AddOptions<PurchaserOptions>().Bind(configuration);
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection("Bootstrap"));
        return builder;
    }
}
