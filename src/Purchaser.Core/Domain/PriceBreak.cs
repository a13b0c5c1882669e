namespace Purchaser.Domain;

/// <summary>A lower unit price from a minimum quantity on.</summary>
/// <param name="MinQuantity">The smallest quantity, in the RFQ unit, the price applies to.</param>
/// <param name="UnitPrice">The price per RFQ unit.</param>
public sealed record PriceBreak(decimal MinQuantity, Money UnitPrice);
