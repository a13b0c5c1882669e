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
}
