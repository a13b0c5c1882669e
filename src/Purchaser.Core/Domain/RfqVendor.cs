namespace Purchaser.Domain;

/// <summary>A vendor attached to an RFQ.</summary>
/// <param name="VendorId">The vendor.</param>
/// <param name="Status">Where the vendor stands on this RFQ.</param>
/// <param name="AttachedAt">When the vendor was attached.</param>
public sealed record RfqVendor(Id<Vendor> VendorId, RfqVendorStatus Status, DateTimeOffset AttachedAt);
