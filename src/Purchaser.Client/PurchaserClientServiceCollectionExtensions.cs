using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Purchaser.Client;
using Purchaser.Client.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="PurchaserClient"/>.</summary>
public static class PurchaserClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PurchaserClient"/> as a typed client of <c>IHttpClientFactory</c> with its options validated at
    /// start and the standard resilience handler, whose retries are limited to idempotent requests: GET, PUT, DELETE and
    /// POSTs, which always carry an <c>Idempotency-Key</c>. PATCH is not retried.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the base address and API key.</param>
    /// <returns>The client's builder, to add handlers or replace the primary handler.</returns>
    public static IHttpClientBuilder AddPurchaserClient(this IServiceCollection services, Action<PurchaserClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<PurchaserClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PurchaserClientOptions>, PurchaserClientOptionsValidator>());

        var builder = services.AddHttpClient<PurchaserClient>((provider, client) =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<PurchaserClientOptions>>().CurrentValue;
            client.BaseAddress = AsDirectory(options.BaseAddress!);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        });
        builder.AddStandardResilienceHandler(options => options.Retry.ShouldHandle = RetryPolicy.Restrict(options.Retry.ShouldHandle));
        return builder;
    }

    // Relative routes resolve below the base address only when it ends with '/': https://host/erp + api/v1 would drop "erp".
    private static Uri AsDirectory(Uri address) =>
        address.AbsolutePath.EndsWith('/') ? address : new UriBuilder(address) { Path = address.AbsolutePath + "/" }.Uri;
}
