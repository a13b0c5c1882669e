namespace Purchaser.Domain;

/// <summary>An API key of a tenant. Only a hash of the secret is kept.</summary>
public sealed record ApiKey
{
    /// <summary>The key's identifier.</summary>
    public required Id<ApiKey> Id { get; init; }

    /// <summary>The tenant the key acts for.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>What the key is for, for example "ERP integration".</summary>
    public required string Name { get; init; }

    /// <summary>The first characters of the key, shown so a person can tell keys apart.</summary>
    public required string Prefix { get; init; }

    /// <summary>SHA-256 of the full key, lower-case hex.</summary>
    public required string SecretHash { get; init; }

    /// <summary>When the key was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the key was revoked; a revoked key authenticates nothing.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
