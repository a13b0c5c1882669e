using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Purchaser.AspNetCore;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Contracts;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds what <c>MapPurchaserApi()</c> needs.</summary>
public static class PurchaserAspNetCoreBuilderExtensions
{
    /// <summary>
    /// Adds API-key authentication, problem details, the contract's JSON metadata, health checks and the OpenAPI document
    /// <c>v1</c>. Request-binding failures are raised (not swallowed) so they are answered as problem details naming the
    /// field; call <c>app.UseExceptionHandler()</c> in the host.
    /// </summary>
    public static PurchaserBuilder AddRestApi(this PurchaserBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(PurchaserApi.Policy, policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, PurchaserJsonContext.Default));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [PurchaserApi.ReadyTag]);
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Purchaser API";
            document.Info.Description = "Sourcing execution between an ERP and its vendors: RFQs, vendor lists, quotes and awards. Authenticate with 'Authorization: Bearer <api key>'.";
            document.Info.Version = "v1";
            return Task.CompletedTask;
        }));
        return builder;
    }
}
