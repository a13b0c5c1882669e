using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class OtherRfqSectionsTests
{
    [Fact]
    public void The_answer_to_another_rfq_is_dropped_up_to_the_next_rfq_heading()
    {
        string[] lines =
        [
            "Answering both of your open RFQs.",
            "=== NR-RFQ-0633 (fasteners) ===",
            "1   WSH-M6-A2   10,000   $0.0120   stock",
            "=== NR-RFQ-0619 (cable parts) ===",
            "1   GSK-EPDM-80   5,000   $0.189   4 wks",
            "Both quotes FOB Cleveland.",
        ];

        var kept = OtherRfqSections.Remove(lines, "NR-RFQ-0619");

        Assert.Equal(["Answering both of your open RFQs.", "=== NR-RFQ-0619 (cable parts) ===", "1   GSK-EPDM-80   5,000   $0.189   4 wks", "Both quotes FOB Cleveland."], kept);
    }

    [Theory]
    [InlineData("Our quote for nr-rfq-0633 follows next week; prices for this one below.")] // a sentence, not a heading
    [InlineData("Ref NR-RFQ-0633 line 2 at $4.10")] // other digits on the line: a row, not a heading
    [InlineData("Quotation Q-26-0588")] // another shape of number
    public void A_line_that_is_not_another_rfqs_heading_keeps_everything(string line)
    {
        string[] lines = ["Hello,", line, "1   GSK-EPDM-80   5,000   $0.189   4 wks"];

        Assert.Equal(lines, OtherRfqSections.Remove(lines, "NR-RFQ-0619"));
    }
}
