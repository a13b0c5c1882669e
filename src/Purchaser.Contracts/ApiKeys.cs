namespace Purchaser.Contracts;

/// <summary>Body of <c>POST /api/v1/api-keys</c>.</summary>
public sealed record CreateApiKeyRequest
{
    /// <summary>What the key is for.</summary>
    public string? Name { get; init; }
}

/// <summary>An API key as listed: never the secret.</summary>
public sealed record ApiKeyResource(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>A newly created API key; <see cref="Key"/> is shown this once.</summary>
public sealed record CreatedApiKeyResource(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, string Key);
