using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
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
        services.TryAddSingleton<WebhookSender>();
        services.TryAddSingleton<EndpointCache>();
        services.TryAddSingleton<AttemptRecorder>();
        services.TryAddScoped<WebhookFanOut>();
        services.TryAddScoped<WebhookDeliverer>();
        services.TryAddScoped(sp => new WebhookEndpointService(
            sp.GetRequiredService<Purchaser.Storage.IWebhookStore>(), sp.GetRequiredService<WebhookUrlGuard>(), sp.GetRequiredService<WebhookSecretProtector>(),
            sp.GetRequiredService<IOptionsMonitor<WebhookOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<WebhookDispatcher>();

        // The sender sets the client's own timeout to the per-attempt timeout (the pipeline retries nothing, so one send is
        // one attempt); a timeout strategy in the pipeline would add a second linked token source per POST.
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectCallback = sp.GetRequiredService<WebhookUrlGuard>().ConnectAsync,
            })
            .AddResilienceHandler("purchaser-webhooks", pipeline =>
            {
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.9,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromMinutes(1),
                    BreakDuration = TimeSpan.FromSeconds(30),
                    // The attempt's timeout is the client's, outside the pipeline: it reaches the breaker as a cancellation,
                    // and a timed-out attempt counts as a failure as it did when the pipeline timed it out.
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is OperationCanceledException || HttpClientResiliencePredicates.IsTransient(args.Outcome)),
                });
            })
            .SelectPipelineByAuthority();

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
