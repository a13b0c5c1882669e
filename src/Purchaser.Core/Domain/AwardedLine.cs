namespace Purchaser.Domain;

/// <summary>One RFQ line given to one vendor at the price of one quote revision.</summary>
/// <param name="LineNumber">The RFQ line.</param>
/// <param name="VendorId">The vendor that won it.</param>
/// <param name="QuoteRevisionId">The quote revision whose price is accepted.</param>
/// <param name="UnitPrice">The accepted price per RFQ unit.</param>
/// <param name="Quantity">The awarded quantity, in the RFQ line's unit.</param>
public sealed record AwardedLine(int LineNumber, Id<Vendor> VendorId, Id<QuoteRevision> QuoteRevisionId, Money UnitPrice, decimal Quantity)
{
    /// <summary>Unit price times quantity, rounded to the currency's minor units.</summary>
    public Money ExtendedPrice => UnitPrice.Extend(Quantity);
}
