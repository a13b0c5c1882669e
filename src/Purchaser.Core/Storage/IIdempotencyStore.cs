using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>
/// Remembers requests made with an <c>Idempotency-Key</c>: a request claims its key before it runs, so two copies sent
/// at once cannot both run, and the first successful response is kept for retries.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>The tenant's key: a stored response, a claim still running (<see cref="IdempotencyRecord.IsPending"/>), or null.</summary>
    Task<IdempotencyRecord?> FindAsync(Id<Tenant> tenantId, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the tenant's key for a request about to run. True when the caller may run it: the key was free, or its
    /// claim was left more than <paramref name="abandonedAfter"/> before <paramref name="now"/> by a request that never
    /// finished (its host died). False when a response or a live claim exists; <see cref="FindAsync"/> tells which.
    /// </summary>
    Task<bool> TryClaimAsync(Id<Tenant> tenantId, string key, string requestHash, DateTimeOffset now, TimeSpan abandonedAfter, CancellationToken cancellationToken);

    /// <summary>Stores the response of the request that claimed <see cref="IdempotencyRecord.Key"/>, for its retries.</summary>
    Task CompleteAsync(IdempotencyRecord record, CancellationToken cancellationToken);

    /// <summary>Gives up the claim of a request that failed, so a retry runs again.</summary>
    Task ReleaseAsync(Id<Tenant> tenantId, string key, CancellationToken cancellationToken);

    /// <summary>Forgets every key (answered or claimed) of every tenant stored before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
