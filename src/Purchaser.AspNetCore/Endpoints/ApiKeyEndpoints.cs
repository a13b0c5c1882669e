using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Purchaser.AspNetCore.Infrastructure;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.AspNetCore.Endpoints;

/// <summary>The caller's tenant's API keys: create (secret shown once), list, revoke.</summary>
internal static class ApiKeyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var keys = api.MapGroup("/api-keys").WithTags("API keys");
        keys.MapPost("/", CreateAsync).WithName("CreateApiKey").WithSummary("Create an API key; the key is in this response only.").ProducesProblem(400);
        keys.MapGet("/", ListAsync).WithName("ListApiKeys");
        keys.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeApiKey").ProducesProblem(404);
    }

    private static async Task<Created<CreatedApiKeyResource>> CreateAsync(CreateApiKeyRequest request, ClaimsPrincipal user, ApiKeyService keys, CancellationToken cancellationToken)
    {
        var (key, secret) = await keys.CreateAsync(user.Tenant(), request.Name, user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/v1/api-keys/{key.Id}", new CreatedApiKeyResource(key.Id.Value, key.Name, key.Prefix, key.CreatedAt, secret));
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyResource>>> ListAsync(ClaimsPrincipal user, ApiKeyService keys, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ApiKeyResource>>([.. (await keys.ListAsync(user.Tenant(), cancellationToken).ConfigureAwait(false)).Select(k => k.ToResource())]);

    private static async Task<NoContent> RevokeAsync(Guid id, ClaimsPrincipal user, ApiKeyService keys, CancellationToken cancellationToken)
    {
        await keys.RevokeAsync(user.Tenant(), new Id<ApiKey>(id), user.Actor(), cancellationToken).ConfigureAwait(false);
        return TypedResults.NoContent();
    }
}
