using System.Security.Claims;
using Purchaser.Domain;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>The claims an authenticated API key carries, and how handlers read the caller from them.</summary>
internal static class PurchaserClaims
{
    public const string TenantId = "purchaser:tenant";
    public const string ApiKeyId = "purchaser:api_key";

    public static Id<Tenant> Tenant(this ClaimsPrincipal user) =>
        Id<Tenant>.Parse(user.FindFirstValue(TenantId) ?? throw new InvalidOperationException("The caller has no tenant."));

    public static Actor Actor(this ClaimsPrincipal user) =>
        new("api-key", user.FindFirstValue(ApiKeyId) ?? "unknown", user.Identity?.Name ?? "unknown");
}
