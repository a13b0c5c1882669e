using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Tests;

public class BoxDrawingTableTests
{
    private static readonly string[] Drawn =
    [
        "┌──────────────┬──────────┬─────────────┐",
        "│ Part No.     │ Price    │ Lead time   │",
        "╞══════════════╪══════════╪═════════════╡",
        "│ SCR-M4X10-A2 │ $0.0318  │ ex-stock    │",
        "┃ GSK-EPDM-80  ┃ $0.189   ┃ 5 wks       ┃",
        "└──────────────┴──────────┴─────────────┘",
    ];

    [Fact]
    public void A_table_drawn_with_box_characters_is_read_as_a_pipe_table_whose_rows_keep_their_own_text()
    {
        var table = Assert.Single(TextTableParser.Parse(Drawn, maxRows: 100));

        Assert.Equal(["Part No.", "Price", "Lead time"], table.Rows[0]);
        Assert.Equal(["SCR-M4X10-A2", "$0.0318", "ex-stock"], table.Rows[1]);
        Assert.Equal(["GSK-EPDM-80", "$0.189", "5 wks"], table.Rows[2]);
        Assert.Equal([Drawn[1], Drawn[3], Drawn[4]], table.Lines);
    }

    [Fact]
    public void Lines_without_box_characters_are_the_same_array()
    {
        string[] plain = ["| a | b |", "plain text"];

        Assert.Same(plain, BoxDrawing.AsPipes(plain));
    }
}
