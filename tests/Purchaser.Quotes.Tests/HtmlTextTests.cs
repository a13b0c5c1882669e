using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class HtmlTextTests
{
    [Fact]
    public void A_definition_list_reads_as_label_and_value_lines()
    {
        var text = HtmlText.ToText("<dl><dt>Part number</dt><dd>ABC-100</dd><dt>Unit price</dt><dd>$2.45 / pc</dd></dl>", 10_000);

        Assert.Contains("Part number: ABC-100\n", text, StringComparison.Ordinal);
        Assert.Contains("Unit price: $2.45 / pc", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_laid_out_as_flex_boxes_of_divs_read_as_table_rows()
    {
        var html = "<div>Our quote:</div><div style=\"display:flex\"><div>Part</div><div>Price</div></div>" +
            "<div style=\"display: flex\"><div>ABC-100</div><div><span>$2.45</span></div></div><div>Thanks</div>";

        var lines = HtmlText.ToText(html, 10_000).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(["Our quote:", "| Part | Price |", "| ABC-100 | $2.45 |", "Thanks"], lines);
    }

    [Fact]
    public void Cells_spanning_rows_or_columns_leave_empty_cells_so_every_row_stays_under_its_headers()
    {
        const string html = "<table><tr><th rowspan=\"2\">Part</th><th colspan=\"2\">Price (USD)</th><th rowspan=\"2\">Lead</th></tr>"
            + "<tr><th>Unit</th><th>Ext.</th></tr>"
            + "<tr><td rowspan=\"2\">ABC-100</td><td>2.45</td><td>2,450.00</td><td rowspan=\"2\">3 wks</td></tr>"
            + "<tr><td>2.20</td><td>4,400.00</td></tr></table>";

        var rows = HtmlText.ToText(html, 10_000).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();

        Assert.Equal(["Part", "Price (USD)", "", "Lead"], rows[0]);
        Assert.Equal(["", "Unit", "Ext.", ""], rows[1]);
        Assert.Equal(["ABC-100", "2.45", "2,450.00", "3 wks"], rows[2]);
        Assert.Equal(["", "2.20", "4,400.00", ""], rows[3]);
    }

    [Fact]
    public void Preformatted_text_keeps_its_lines_and_its_column_gaps()
    {
        var lines = HtmlText.ToText("<p>Offer:</p><pre>Pos  Part No.      Price\n1    ABC-100       2,45\n2    XYZ-200       --       cannot supply\n</pre><p>Regards</p>", 10_000).Split('\n');

        Assert.Contains("1\tABC-100\t2,45", lines);
        Assert.Contains("2\tXYZ-200\t--\tcannot supply", lines);
    }

    [Fact]
    public void An_outlook_message_container_becomes_the_rule_outlook_writes_in_text()
    {
        var text = HtmlText.ToText("<p>FYI - see below.</p><div id=\"appendonsend\"></div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Sam<br><b>Sent:</b> Friday<br><b>Subject:</b> Quote</div><p>ABC-100 $2.45</p>", 10_000);

        Assert.Contains("________________________________", text, StringComparison.Ordinal);
        Assert.Contains("ABC-100 $2.45", text, StringComparison.Ordinal);
        Assert.Equal("FYI - see below.\n\n\nABC-100 $2.45", HistoryStripper.Strip(text));
    }
}
