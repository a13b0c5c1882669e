using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>The first response to a request made with an <c>Idempotency-Key</c>, replayed for retries of the same request.</summary>
public sealed record IdempotencyRecord
{
    /// <summary>The tenant that made the request.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The key the client sent.</summary>
    public required string Key { get; init; }

    /// <summary>SHA-256 over method, path and body: a different request under the same key is refused.</summary>
    public required string RequestHash { get; init; }

    /// <summary>The HTTP status code of the first response; 0 while the request that claimed the key still runs.</summary>
    public required int StatusCode { get; init; }

    /// <summary>Whether the request that claimed the key has not answered yet.</summary>
    public bool IsPending => StatusCode == 0;

    /// <summary>Its content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Its Location header.</summary>
    public string? Location { get; init; }

    /// <summary>Its ETag header.</summary>
    public string? ETag { get; init; }

    /// <summary>Its body.</summary>
    public required byte[] Body { get; init; }

    /// <summary>When it was stored; records expire after a retention period.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
