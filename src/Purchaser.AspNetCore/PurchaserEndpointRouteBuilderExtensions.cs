using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Purchaser.AspNetCore;
using Purchaser.AspNetCore.Endpoints;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Quotes.Inbound;
using Purchaser.Webhooks;

namespace Microsoft.AspNetCore.Routing;

/// <summary>Maps the Purchaser REST API, its health checks and the procurement UI.</summary>
public static class PurchaserEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the REST API under <paramref name="prefix"/> (default <c>/api/v1</c>), every endpoint requiring a tenant API key.
    /// The webhook endpoints are mapped when <c>AddWebhooks()</c> was called, the inbound email endpoints when
    /// <c>AddQuoteIngestion()</c> was.
    /// </summary>
    public static RouteGroupBuilder MapPurchaserApi(this IEndpointRouteBuilder endpoints, string prefix = "/api/v1")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(prefix)
            .RequireAuthorization(PurchaserApi.Policy)
            .AddEndpointFilter<PurchaserErrorFilter>()
            .AddEndpointFilter<IdempotencyFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        RfqEndpoints.Map(api);
        QuoteEndpoints.Map(api);
        VendorEndpoints.Map(api);
        ApiKeyEndpoints.Map(api);
        var registered = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (registered?.IsService(typeof(WebhookEndpointService)) == true)
        {
            WebhookEndpoints.Map(api);
        }

        if (registered?.IsService(typeof(InboundMailProcessor)) == true)
        {
            InboundEndpoints.Map(api);
        }

        return api;
    }

    /// <summary>
    /// Maps the procurement UI under <paramref name="prefix"/> (default <c>/ui</c>): the RFQs, their quotes side by side
    /// with deviations flagged, and the award. The page itself is public static content; every call it makes goes to the
    /// API mapped at <paramref name="apiPrefix"/> with the API key the user enters, so it sees what that key's tenant sees.
    /// </summary>
    public static RouteGroupBuilder MapPurchaserUi(this IEndpointRouteBuilder endpoints, string prefix = "/ui", string apiPrefix = "/api/v1")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiPrefix);
        return Purchaser.AspNetCore.Ui.PurchaserUi.Map(endpoints, prefix, apiPrefix);
    }

    /// <summary>Maps <c>/healthz</c> (the process is up) and <c>/readyz</c> (the store answers).</summary>
    public static IEndpointRouteBuilder MapPurchaserHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(PurchaserApi.ReadyTag) });
        return endpoints;
    }
}
