using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Tests;

/// <summary>Column headers are read by what they mean, whatever the vendor's system calls them.</summary>
public class HeaderReaderTests
{
    [Theory]
    [InlineData("Promise Dt", nameof(ColumnRole.LeadTime))]
    [InlineData("Promised date", nameof(ColumnRole.LeadTime))]
    [InlineData("Your Part No.", nameof(ColumnRole.Part))]
    [InlineData("Ext. Price", nameof(ColumnRole.Total))]
    [InlineData("Ext. at your qty", nameof(ColumnRole.Total))]
    [InlineData("Qty break", nameof(ColumnRole.BreakQuantity))]
    [InlineData("Sell Unit", nameof(ColumnRole.SellUnit))]
    [InlineData("Sales unit", nameof(ColumnRole.SellUnit))]
    [InlineData("Ships (your UOM)", nameof(ColumnRole.Quantity))]
    [InlineData("Ships in", nameof(ColumnRole.LeadTime))]
    [InlineData("Pieces", nameof(ColumnRole.Quantity))]
    [InlineData("Stock Avail.", nameof(ColumnRole.StockQuantity))]
    [InlineData("Qty available", nameof(ColumnRole.StockQuantity))]
    [InlineData("Unit cost", nameof(ColumnRole.UnitPrice))]
    [InlineData("Vaše číslo", nameof(ColumnRole.Part))]
    [InlineData("Nabízený typ", nameof(ColumnRole.Alternate))]
    [InlineData("Popis", nameof(ColumnRole.Description))]
    [InlineData("Cena EUR", nameof(ColumnRole.UnitPrice))]
    [InlineData("Cena jedn. netto", nameof(ColumnRole.UnitPrice))]
    [InlineData("Wartość netto", nameof(ColumnRole.Total))]
    [InlineData("Za", nameof(ColumnRole.PriceUnit))]
    [InlineData("MJ", nameof(ColumnRole.Unit))]
    [InlineData("Dodací lhůta", nameof(ColumnRole.LeadTime))]
    [InlineData("Pol.", nameof(ColumnRole.LineNumber))]
    [InlineData("LeadTimeWeeks", nameof(ColumnRole.LeadTime))]
    [InlineData("Lotto minimo", nameof(ColumnRole.Moq))]
    [InlineData("Qtd. mínima", nameof(ColumnRole.Moq))]
    [InlineData("Cantidad mínima", nameof(ColumnRole.Moq))]
    public void Erp_quotation_headers_have_their_roles(string header, string role) => Assert.Equal(role, HeaderReader.Role(header).ToString());

    [Theory]
    [InlineData("Req Qty")]
    [InlineData("Your qty")]
    [InlineData("Offer no")]
    [InlineData("Quote #")]
    [InlineData("Our cost (internal)")]
    [InlineData("Margin %")]
    [InlineData("INTERNAL - unit cost")]
    public void Headers_of_what_the_buyer_asked_or_the_vendor_keeps_to_itself_have_no_role(string header) =>
        Assert.Equal(ColumnRole.Unknown, HeaderReader.Role(header));
}
