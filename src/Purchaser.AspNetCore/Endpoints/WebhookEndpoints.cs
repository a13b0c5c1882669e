using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;
using Purchaser.Webhooks;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>Webhook endpoints of the caller's tenant: register, change, rotate the secret, see attempts, replay, ping.</summary>
internal static class WebhookEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var endpoints = api.MapGroup("/webhooks/endpoints").WithTags("Webhooks");
        endpoints.MapPost("/", CreateAsync).WithName("CreateWebhookEndpoint").WithSummary("Register an endpoint; the signing secret is in this response only.").ProducesProblem(400);
        endpoints.MapGet("/", ListAsync).WithName("ListWebhookEndpoints");
        endpoints.MapGet("/{id:guid}", GetAsync).WithName("GetWebhookEndpoint").ProducesProblem(404);
        endpoints.MapPatch("/{id:guid}", UpdateAsync).WithName("UpdateWebhookEndpoint").ProducesProblem(400).ProducesProblem(404).ProducesProblem(412);
        endpoints.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteWebhookEndpoint").ProducesProblem(404);
        endpoints.MapPost("/{id:guid}/rotate-secret", RotateAsync).WithName("RotateWebhookSecret").WithSummary("Issue a new secret; the old one keeps signing during the overlap window.").ProducesProblem(404);
        endpoints.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries").WithSummary("Delivery attempts, newest first.").ProducesProblem(404);
        endpoints.MapPost("/{id:guid}/replay", ReplayAsync).WithName("ReplayWebhooks").WithSummary("Send one message again, or every failed one since a time.").ProducesProblem(400).ProducesProblem(404);
        endpoints.MapPost("/{id:guid}/test", TestAsync).WithName("TestWebhookEndpoint").WithSummary("Send a signed ping.").ProducesProblem(404);
    }

    private static async Task<Created<WebhookSecretResource>> CreateAsync(CreateWebhookEndpointRequest request, ClaimsPrincipal user, WebhookEndpointService service, CancellationToken cancellationToken)
    {
        var (endpoint, secret) = await service.CreateAsync(user.Tenant(), request, user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/webhooks/endpoints/{endpoint.Id}", new WebhookSecretResource(endpoint.Id.Value, secret, endpoint.ToResource()));
    }

    private static async Task<Ok<IReadOnlyList<WebhookEndpointResource>>> ListAsync(ClaimsPrincipal user, WebhookEndpointService service, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<WebhookEndpointResource>>([.. (await service.ListAsync(user.Tenant(), cancellationToken).ConfigureAwait(false)).Select(e => e.ToResource())]);

    private static async Task<Ok<WebhookEndpointResource>> GetAsync(Guid id, ClaimsPrincipal user, WebhookEndpointService service, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await service.GetAsync(user.Tenant(), new Id<WebhookEndpoint>(id), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<WebhookEndpointResource>> UpdateAsync(Guid id, UpdateWebhookEndpointRequest request, ClaimsPrincipal user, WebhookEndpointService service, HttpContext http, CancellationToken cancellationToken) =>
        Versioned(http, await service.UpdateAsync(user.Tenant(), new Id<WebhookEndpoint>(id), request, Versioning.IfMatch(http.Request), user.Actor(), cancellationToken).ConfigureAwait(false));

    private static async Task<NoContent> DeleteAsync(Guid id, ClaimsPrincipal user, WebhookEndpointService service, CancellationToken cancellationToken)
    {
        await service.DeleteAsync(user.Tenant(), new Id<WebhookEndpoint>(id), user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<WebhookSecretResource>> RotateAsync(Guid id, ClaimsPrincipal user, WebhookEndpointService service, CancellationToken cancellationToken)
    {
        var (endpoint, secret) = await service.RotateSecretAsync(user.Tenant(), new Id<WebhookEndpoint>(id), user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new WebhookSecretResource(endpoint.Id.Value, secret, endpoint.ToResource()));
    }

    private static async Task<Ok<PageDto<WebhookAttemptResource>>> DeliveriesAsync(Guid id, ClaimsPrincipal user, WebhookEndpointService service, string? cursor, int? limit, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var page = Paging.Read(cursor, limit, errors);
        errors.ThrowIfAny();
        var attempts = await service.ListAttemptsAsync(user.Tenant(), new Id<WebhookEndpoint>(id), page, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new PageDto<WebhookAttemptResource>([.. attempts.Items.Select(a => a.ToResource())], attempts.NextCursor));
    }

    private static async Task<Accepted<ReplayWebhookResult>> ReplayAsync(Guid id, ReplayWebhookRequest request, ClaimsPrincipal user, WebhookEndpointService service, CancellationToken cancellationToken) =>
        TypedResults.Accepted((string?)null, new ReplayWebhookResult(await service.ReplayAsync(user.Tenant(), new Id<WebhookEndpoint>(id), request, cancellationToken).ConfigureAwait(false)));

    private static async Task<Accepted<ReplayWebhookResult>> TestAsync(Guid id, ClaimsPrincipal user, WebhookEndpointService service, CancellationToken cancellationToken)
    {
        await service.SendTestAsync(user.Tenant(), new Id<WebhookEndpoint>(id), cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted((string?)null, new ReplayWebhookResult(1));
    }

    private static Ok<WebhookEndpointResource> Versioned(HttpContext http, WebhookEndpoint endpoint) => Versioning.Ok(http, endpoint.Version, endpoint.ToResource());
}
