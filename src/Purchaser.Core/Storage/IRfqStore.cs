using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Persists RFQs with their lines, vendors and award. Every write is one transaction with its <see cref="StateChange"/>.</summary>
public interface IRfqStore
{
    /// <summary>Reserves the next RFQ sequence number of <paramref name="tenantId"/> in <paramref name="year"/> (1, 2, 3...).</summary>
    Task<long> NextNumberAsync(Id<Tenant> tenantId, int year, CancellationToken cancellationToken);

    /// <summary>Stores a new RFQ.</summary>
    Task CreateAsync(Rfq rfq, StateChange change, CancellationToken cancellationToken);

    /// <summary>Reads an RFQ of the tenant, or null.</summary>
    Task<Rfq?> FindAsync(Id<Tenant> tenantId, Id<Rfq> id, CancellationToken cancellationToken);

    /// <summary>Lists the tenant's RFQs, newest first.</summary>
    Task<Page<Rfq>> ListAsync(Id<Tenant> tenantId, RfqQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Saves a changed RFQ if its stored version still equals <see cref="Rfq.Version"/>, and returns it with the next version.
    /// When <paramref name="newRevision"/> is given it is stored in the same transaction.
    /// </summary>
    /// <exception cref="PurchaserException">With <see cref="ErrorCodes.RfqConcurrencyConflict"/> when someone saved first.</exception>
    Task<Rfq> UpdateAsync(Rfq rfq, StateChange change, QuoteRevision? newRevision, CancellationToken cancellationToken);

    /// <summary>Published RFQs of every tenant whose response due time is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Rfq>> ListPastDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
