namespace Purchaser.Quotes;

/// <summary>A quantity tier read from a reply, before the quote's currency is settled.</summary>
/// <param name="MinQuantity">The smallest quantity, in the RFQ unit, the price applies to.</param>
/// <param name="UnitPrice">The price per one RFQ unit.</param>
public readonly record struct PriceBreakFinding(decimal MinQuantity, decimal UnitPrice);
