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
    public void Erp_quotation_headers_have_their_roles(string header, string role) => Assert.Equal(role, HeaderReader.Role(header).ToString());
}
