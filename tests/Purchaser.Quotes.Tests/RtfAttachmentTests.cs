using System.Text;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

public class RtfAttachmentTests
{
    private readonly QuoteParser _parser = new();

    [Fact]
    public void An_rtf_table_its_paragraphs_and_escaped_characters_are_read()
    {
        var rtf = @"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}{\header Page 1 of 1 - 555 0199}"
            + @"\pard Quotation for T-RFQ-1 - prices in \'80 (EUR)\par "
            + @"\trowd\cellx2000\cellx4000\cellx6000\intbl Part\cell Unit price\cell Lead time\cell\row "
            + @"\trowd\cellx2000\cellx4000\cellx6000\intbl ABC-100\cell \u8364?2,45\cell 3 weeks\cell\row "
            + @"\pard XYZ-200: no quote.\par Valid until 30 July 2026, FCA Linz.\par }";

        var quote = Parse(rtf);

        var widget = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widget.UnitPrice?.Amount);
        Assert.Equal(CurrencyCode.Eur, widget.UnitPrice?.Currency);
        Assert.Equal(21, widget.LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.Equal("FCA", quote.Incoterms);
    }

    [Fact]
    public void Rtf_nested_past_the_limit_is_a_reason_not_a_stack_overflow()
    {
        var quote = Parse(@"{\rtf1" + new string('{', 5000) + "ABC-100 USD 2.45" + new string('}', 5000) + "}");

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("quote.rtf: the RTF nests deeper than 64 groups", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_rtf_that_is_not_rtf_is_a_reason()
    {
        var quote = Parse("PK this is not rtf");

        Assert.Contains("quote.rtf: not an RTF document", quote.Reason, StringComparison.Ordinal);
    }

    private NormalizedQuote Parse(string rtf) =>
        _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("Our quotation is attached.", "quote.rtf", "application/rtf", Encoding.Latin1.GetBytes(rtf))), TestRfq.Create());
}
