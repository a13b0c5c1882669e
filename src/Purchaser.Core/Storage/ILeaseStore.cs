namespace Purchaser.Storage;

/// <summary>
/// Named leases shared by every host on one store: work that must run on one host at a time (reading a mailbox) is
/// done only by the lease's owner, and an owner that dies without releasing is replaced once its lease expires.
/// Expiry is judged by the store's <see cref="TimeProvider"/>, so hosts' clocks must agree to well within a lease.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="owner"/> until now plus <paramref name="duration"/> when
    /// it is free, expired, or already the owner's (then this renews it). False when another owner holds it.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up when <paramref name="owner"/> holds it, so another host may take it at once.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken);

    /// <summary>The lease as stored (possibly expired), or null when nobody holds or held it.</summary>
    Task<Lease?> FindAsync(string name, CancellationToken cancellationToken);
}
