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

    [Fact]
    public void A_heading_typed_a_place_left_of_its_underline_stays_whole()
    {
        string[] report =
        [
            "LN  PRODUCT          QTY UM      PRICE PER     NET AMOUNT",
            "--- ---------------- --- --- ---------- ---- ------------",
            "002 ORG-12X2-N70   50000 EA      20.600 1000     1,030.00",
        ];

        var table = Assert.Single(TextTableParser.Parse(report, maxRows: 100));

        Assert.Equal(["LN", "PRODUCT", "QTY", "UM", "PRICE", "PER", "NET AMOUNT"], table.Rows[0]);
        Assert.Equal("1000", table.Rows[1][5]);
    }

    [Fact]
    public void A_report_with_a_blank_line_between_items_is_one_table_and_right_aligned_cells_keep_their_column()
    {
        string[] report =
        [
            "Item  Material      Description            Quantity UoM       Price     per   Net value",
            "--------------------------------------------------------------------------------------",
            "10    ZW-0412-30    Drive shaft 30h6         250 PC      38,20 EUR    1 PC    9.550,00",
            "      Your material no.: SH-2231-C",
            "",
            "20    VS-G12-10-4L  Male connector G1/2    2.000 PC     398,00 EUR  100 PC    7.960,00",
            "      Your material no.: FIT-316-G12-10",
            "",
            "Total net value                                                          17.510,00 EUR",
        ];

        var table = Assert.Single(TextTableParser.Parse(report, maxRows: 100));

        Assert.Equal(5, table.Rows.Count);
        Assert.Equal(["20", "VS-G12-10-4L", "Male connector G1/2", "2.000 PC", "398,00 EUR", "100 PC", "7.960,00"], table.Rows[3]);
    }
}
