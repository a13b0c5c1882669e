using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Persists tenants and their API keys.</summary>
public interface ITenantStore
{
    /// <summary>Stores a new tenant.</summary>
    Task CreateTenantAsync(Tenant tenant, CancellationToken cancellationToken);

    /// <summary>A tenant, or null.</summary>
    Task<Tenant?> FindTenantAsync(Id<Tenant> id, CancellationToken cancellationToken);

    /// <summary>Every tenant, oldest first.</summary>
    Task<IReadOnlyList<Tenant>> ListTenantsAsync(CancellationToken cancellationToken);

    /// <summary>Whether any tenant exists.</summary>
    Task<bool> AnyTenantAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new API key.</summary>
    Task CreateApiKeyAsync(ApiKey key, StateChange change, CancellationToken cancellationToken);

    /// <summary>The key whose secret hashes to <paramref name="secretHash"/>, revoked or not, or null.</summary>
    Task<ApiKey?> FindApiKeyByHashAsync(string secretHash, CancellationToken cancellationToken);

    /// <summary>The tenant's keys, newest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListApiKeysAsync(Id<Tenant> tenantId, CancellationToken cancellationToken);

    /// <summary>Revokes a key; false when it does not exist for the tenant or was already revoked.</summary>
    Task<bool> RevokeApiKeyAsync(Id<Tenant> tenantId, Id<ApiKey> id, DateTimeOffset revokedAt, StateChange change, CancellationToken cancellationToken);
}
