namespace Purchaser.Quotes.Tables;

/// <summary>What a table column holds, recognized from its header's meaning.</summary>
internal enum ColumnRole
{
    Unknown,
    LineNumber,
    Part,
    Description,
    Quantity,
    Unit,
    SellUnit,
    UnitPrice,
    PriceUnit,
    Total,
    Previous,
    LeadTime,
    StockQuantity,
    Moq,
    BreakQuantity,
    BreakPrice,
    Comment,
    Currency,
    Alternate,
    TierPrice,
    Discount,
}
