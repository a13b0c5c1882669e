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

    /// <summary>The tenant's RFQ with <paramref name="number"/>, or null. The default pages through the list; stores override it with a lookup.</summary>
    async Task<Rfq?> FindByNumberAsync(Id<Tenant> tenantId, string number, CancellationToken cancellationToken)
    {
        await foreach (var rfq in AllAsync(this, tenantId, null, cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(rfq.Number, number, StringComparison.OrdinalIgnoreCase))
            {
                return rfq;
            }
        }

        return null;
    }

    /// <summary>The tenant's published or closed RFQs that <paramref name="vendorId"/> is attached to, newest first.</summary>
    async Task<IReadOnlyList<Rfq>> ListOpenForVendorAsync(Id<Tenant> tenantId, Id<Vendor> vendorId, CancellationToken cancellationToken)
    {
        var open = new List<Rfq>();
        foreach (var status in new[] { RfqStatus.Published, RfqStatus.Closed })
        {
            await foreach (var rfq in AllAsync(this, tenantId, status, cancellationToken).ConfigureAwait(false))
            {
                if (rfq.HasVendor(vendorId))
                {
                    open.Add(rfq);
                }
            }
        }

        return open;
    }

    private static async IAsyncEnumerable<Rfq> AllAsync(IRfqStore store, Id<Tenant> tenantId, RfqStatus? status, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? cursor = null;
        do
        {
            var page = await store.ListAsync(tenantId, new RfqQuery(status, null, new PageRequest(cursor, PageRequest.MaxLimit)), cancellationToken).ConfigureAwait(false);
            foreach (var rfq in page.Items)
            {
                yield return rfq;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    /// <summary>Published RFQs of every tenant whose response due time is at or before <paramref name="now"/>.</summary>
    Task<IReadOnlyList<Rfq>> ListPastDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);
}
