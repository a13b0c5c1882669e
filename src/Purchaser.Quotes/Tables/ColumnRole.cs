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

    /// <summary>How many RFQ units one of the row's units holds ("Qty. per Unit of Measure": 100 to a BOX).</summary>
    UnitContent,
}
