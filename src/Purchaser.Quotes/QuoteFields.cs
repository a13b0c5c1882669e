namespace Purchaser.Quotes;

/// <summary>The field names that key <see cref="LineFinding.Sources"/>: the wire names of the quoted line's fields.</summary>
public static class QuoteFields
{
    /// <summary>The unit price.</summary>
    public const string UnitPrice = "unitPrice";

    /// <summary>The quoted quantity.</summary>
    public const string Quantity = "quantity";

    /// <summary>The lead time.</summary>
    public const string LeadTimeDays = "leadTimeDays";

    /// <summary>The minimum order quantity.</summary>
    public const string Moq = "moq";

    /// <summary>The price breaks.</summary>
    public const string PriceBreaks = "priceBreaks";

    /// <summary>The alternate part number.</summary>
    public const string AlternatePartNumber = "alternatePartNumber";

    /// <summary>The decline.</summary>
    public const string NoBid = "noBid";
}
