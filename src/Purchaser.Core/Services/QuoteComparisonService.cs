using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>The side-by-side comparison the procurement team awards from: each RFQ line against every vendor's latest revision.</summary>
public sealed class QuoteComparisonService
{
    private readonly IRfqStore _rfqs;
    private readonly IQuoteStore _quotes;
    private readonly IVendorStore _vendors;

    /// <summary>Creates the service; resolved from DI.</summary>
    public QuoteComparisonService(IRfqStore rfqs, IQuoteStore quotes, IVendorStore vendors)
    {
        _rfqs = rfqs;
        _quotes = quotes;
        _vendors = vendors;
    }

    /// <summary>
    /// Compares the RFQ's quotes: a row per line, a column per attached vendor (including those yet to answer), the
    /// lowest price in the RFQ currency and any award marked, and each line's deviations beside its offer.
    /// </summary>
    public async Task<RfqComparisonResource> CompareAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken = default)
    {
        var rfq = await _rfqs.FindAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false)
            ?? throw RequestGuard.NotFound(ErrorCodes.RfqNotFound, "RFQ", rfqId.Value);
        var latest = await _quotes.ListLatestAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
        var vendors = await _vendors.FindManyAsync(tenantId, [.. rfq.Vendors.Select(v => v.VendorId)], cancellationToken).ConfigureAwait(false);
        return RfqComparer.Compare(rfq, latest, vendors);
    }
}
