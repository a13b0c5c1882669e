using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Purchaser.Webhooks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds webhook delivery.</summary>
public static class WebhooksPurchaserBuilderExtensions
{
    /// <summary>Adds endpoints, the outbox dispatcher (a hosted service) and the signed HTTP client, configured by <paramref name="configure"/>.</summary>
    public static PurchaserBuilder AddWebhooks(this PurchaserBuilder builder, Action<WebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<WebhookOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsAttributeValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.AddDataProtection();
        services.TryAddSingleton<WebhookSecretProtector>();
        services.TryAddSingleton<WebhookUrlGuard>();
        services.TryAddSingleton<EndpointBreakers>();
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EndpointCache>();
        services.TryAddSingleton<AttemptRecorder>();
        services.TryAddSingleton<DeliveryLog>();
        services.TryAddSingleton(sp => new FanOutLeadership(sp.GetRequiredService<IOptionsMonitor<Purchaser.PurchaserOptions>>(), sp.GetRequiredService<IOptionsMonitor<WebhookOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetService<Purchaser.Storage.ILeaseStore>()));
        services.TryAddScoped<WebhookFanOut>();
        services.TryAddScoped<WebhookDeliverer>();
        services.TryAddScoped(sp => new WebhookEndpointService(
            sp.GetRequiredService<Purchaser.Storage.IWebhookStore>(), sp.GetRequiredService<WebhookUrlGuard>(), sp.GetRequiredService<WebhookSecretProtector>(),
            sp.GetRequiredService<IOptionsMonitor<WebhookOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<WebhookDispatcher>();

        // No resilience handler: the sender sets the client's own timeout to the attempt's and runs each send through the
        // endpoint's circuit breaker (EndpointBreakers); retries are the store's schedule.
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = sp.GetRequiredService<WebhookUrlGuard>().ConnectAsync,
            });

        // The deliverer logs every attempt once (event 2001, with the outcome); the factory's request logging would add
        // two handlers, a log scope and two more lines per POST.
        services.AddHttpClient(WebhookSender.ClientName).RemoveAllLoggers();
        return builder;
    }

    /// <summary>Adds webhook delivery with options bound from <paramref name="configuration"/> (<c>Purchaser:Webhooks</c>).</summary>
    public static PurchaserBuilder AddWebhooks(this PurchaserBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        builder.AddWebhooks();
        builder.Services.AddOptions<WebhookOptions>().Bind(configuration);
        return builder;
    }
}
