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
    /// Claims the tenant's key for a request about to run, under <paramref name="claimToken"/> (unique per request). True
    /// when the caller may run it: the key was free, or its claim was last renewed more than
    /// <paramref name="abandonedAfter"/> before <paramref name="now"/> (its host died). False when a response or a live
    /// claim exists; <see cref="FindAsync"/> tells which.
    /// </summary>
    Task<bool> TryClaimAsync(Id<Tenant> tenantId, string key, string requestHash, string claimToken, DateTimeOffset now, TimeSpan abandonedAfter, CancellationToken cancellationToken);

    /// <summary>Keeps a running request's claim from being taken over as abandoned; false when the claim is no longer its own.</summary>
    Task<bool> RenewAsync(Id<Tenant> tenantId, string key, string claimToken, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Stores the response of the request holding <paramref name="claimToken"/>, for its retries.</summary>
    Task CompleteAsync(IdempotencyRecord record, string claimToken, CancellationToken cancellationToken);

    /// <summary>Gives up the claim of a request that failed, so a retry runs again; another request's claim is left alone.</summary>
    Task ReleaseAsync(Id<Tenant> tenantId, string key, string claimToken, CancellationToken cancellationToken);

    /// <summary>Forgets every key (answered or claimed) of every tenant stored before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
