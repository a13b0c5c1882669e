using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Tests;

public class FixedWidthTableTests
{
    [Fact]
    public void A_header_underlined_with_one_dash_run_per_column_gives_the_columns()
    {
        string[] report =
        [
            "LN PART NUMBER      QUANTITY      PRICE   PER LEAD WKS",
            "-- ---------------- -------- ---------- ----- --------",
            " 1 ABC-100          1,000.00       2.45     1        4",
            " 2 XYZ-200             50.00      11.00   100    STOCK",
        ];

        var table = Assert.Single(TextTableParser.Parse(report, maxRows: 100));

        Assert.Equal(["LN", "PART NUMBER", "QUANTITY", "PRICE", "PER", "LEAD WKS"], table.Rows[0]);
        Assert.Equal(["2", "XYZ-200", "50.00", "11.00", "100", "STOCK"], table.Rows[2]);
        Assert.Equal([report[0], report[2], report[3]], table.Lines);
    }
}
