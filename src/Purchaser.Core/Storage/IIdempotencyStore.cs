using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Remembers first responses to requests made with an <c>Idempotency-Key</c>.</summary>
public interface IIdempotencyStore
{
    /// <summary>The stored response for the tenant's key, or null.</summary>
    Task<IdempotencyRecord?> FindAsync(Id<Tenant> tenantId, string key, CancellationToken cancellationToken);

    /// <summary>Stores a response unless one exists for the key; false when another request stored first.</summary>
    Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken);
}
