using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Tests;

public class TierHeaderTests
{
    [Theory]
    [InlineData("Qty 1000", 1000)]
    [InlineData("5,000+", 5000)]
    [InlineData("1,000-4,999", 1000)]
    [InlineData("10k", 10000)]
    [InlineData("Price 500+", 500)]
    [InlineData("@ 250 pcs", 250)]
    [InlineData("1.000+", 1000)]
    [InlineData("1.000.000+", 1000000)]
    [InlineData("1'000+", 1000)]
    [InlineData("1 000+", 1000)]
    [InlineData("Price EUR @ 100", 100)]
    public void A_tier_header_names_its_minimum_quantity(string header, int min)
    {
        Assert.Equal(min, TierHeader.MinQuantity(header));
    }

    [Theory]
    [InlineData("Qty")]
    [InlineData("Unit price")]
    [InlineData("Lead time (wks)")]
    public void Ordinary_headers_are_not_tiers(string header) => Assert.Null(TierHeader.MinQuantity(header));

    [Fact]
    public void One_quantity_column_alone_stays_a_quantity()
    {
        var roles = new[] { ColumnRole.Part, ColumnRole.Quantity, ColumnRole.UnitPrice };
        TierHeader.Mark(["Part", "Qty 500", "Price"], roles);
        Assert.Equal(ColumnRole.Quantity, roles[1]);
    }
}
