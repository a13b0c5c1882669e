namespace Purchaser.Domain;

/// <summary>One vendor's quote on one RFQ; its content lives in the revisions.</summary>
/// <param name="Id">The quote's identifier.</param>
/// <param name="TenantId">The owning tenant.</param>
/// <param name="RfqId">The RFQ answered.</param>
/// <param name="VendorId">The vendor quoting.</param>
public sealed record Quote(Id<Quote> Id, Id<Tenant> TenantId, Id<Rfq> RfqId, Id<Vendor> VendorId);
