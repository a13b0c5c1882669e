using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Purchaser.Client.Webhooks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="WebhookVerifier"/>.</summary>
public static class PurchaserWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds a singleton <see cref="WebhookVerifier"/> with its options validated at start, the in-memory
    /// <see cref="IWebhookReplayGuard"/> unless one is registered, and <see cref="TimeProvider.System"/> unless a
    /// <see cref="TimeProvider"/> is registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the secrets and tolerance.</param>
    public static IServiceCollection AddPurchaserWebhookVerifier(this IServiceCollection services, Action<WebhookVerifierOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<WebhookVerifierOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookVerifierOptions>, WebhookVerifierOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookReplayGuard>(provider => new InMemoryWebhookReplayGuard(
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<WebhookVerifierOptions>>().Value.ReplayCacheCapacity));
        services.TryAddSingleton<WebhookVerifier>();
        return services;
    }
}
