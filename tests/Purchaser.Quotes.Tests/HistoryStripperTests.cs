using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class HistoryStripperTests
{
    [Fact]
    public void Drops_quoted_lines_and_on_wrote_attribution()
    {
        var text = "Price $1.00\n\nOn Mon, Jun 1, 2026 at 7:45 AM Buyer <b@x.example> wrote:\n> line 1 $9.99\n> more";
        Assert.Equal("Price $1.00", HistoryStripper.Strip(text));
    }

    [Fact]
    public void Drops_attribution_split_over_two_lines()
    {
        var text = "Our price $2.00\nOn Mon, Jun 1, 2026 at 7:45 AM Buyer Name <buyer@x.example>\nwrote:\n\n> old";
        Assert.Equal("Our price $2.00", HistoryStripper.Strip(text));
    }

    [Fact]
    public void Drops_outlook_header_block()
    {
        var text = "We decline.\n\nFrom: Buyer <b@x.example>\nSent: Monday, June 1, 2026 8:45 AM\nTo: Vendor\nSubject: RFQ\n\nLine 1 5000 EA";
        Assert.Equal("We decline.", HistoryStripper.Strip(text));
    }

    [Fact]
    public void Keeps_a_template_block_forwarded_under_the_colleagues_note()
    {
        var block = "----- BEGIN QUOTE RFQ-2026-000001 (template 1) -----\n1 | BRK-4471 | 500 | EA | 12.50 | USD | 28 |  | \n----- END QUOTE RFQ-2026-000001 -----";
        var text = $"Forwarding our answer.\n\n---------- Forwarded message ---------\nFrom: Sales <s@acme.example>\n\n{block}\nregards\n> old";
        Assert.Equal($"Forwarding our answer.\n\n{block}", HistoryStripper.Strip(text));
    }

    [Fact]
    public void A_template_quoted_under_an_attribution_is_still_dropped()
    {
        var text = "Price $1.00\n\nOn Mon, Jun 1, 2026 at 7:45 AM Buyer <b@x.example> wrote:\n----- BEGIN QUOTE RFQ-1 (template 1) -----\n1 | A | 1 | EA |  |  |  |  | \n----- END QUOTE RFQ-1 -----";
        Assert.Equal("Price $1.00", HistoryStripper.Strip(text));
    }

    [Fact]
    public void Drops_forwarded_and_original_message_markers()
    {
        Assert.Equal("Hi", HistoryStripper.Strip("Hi\n-----Original Message-----\nFrom: x"));
        Assert.Equal("Hi", HistoryStripper.Strip("Hi\n---------- Forwarded message ---------\nFrom: x"));
    }

    [Fact]
    public void Drops_signature_after_dash_dash_space()
    {
        Assert.Equal("Price 1.00", HistoryStripper.Strip("Price 1.00\n-- \nJoe\nTel 555-0100"));
    }

    [Fact]
    public void Keeps_a_from_line_that_is_not_a_header_block()
    {
        Assert.Equal("From: our Linz plant\nprice 5", HistoryStripper.Strip("From: our Linz plant\nprice 5"));
    }

    [Theory]
    [InlineData("Price $1.00  \n\n  \t\n")]
    [InlineData("   \n\t\n")]
    [InlineData("")]
    [InlineData("Line 1 $2.00\r\nLine 2 $3.00 \r\n-- \r\nsignature 555-0100")]
    [InlineData("Our price $2.00\nOn Mon, Jun 1, 2026 at 7:45 AM Buyer wrote:\n> old")]
    public void The_stripped_lines_are_the_lines_of_the_stripped_text(string text)
    {
        var stripped = HistoryStripper.Strip(text);

        Assert.Equal(TextPatterns.Lines(stripped), HistoryStripper.StripLines(text));
        Assert.Equal(stripped.TrimEnd(), stripped);
    }
}
