namespace Purchaser.Quotes.Tests;

/// <summary>multipart/alternative: the text part is read, and the HTML part where the text part leaves the quote out.</summary>
public class AlternativePartsTests
{
    [Fact]
    public void Line_items_only_the_html_part_shows_are_read_with_its_terms()
    {
        const string body = "--a\r\nContent-Type: text/plain\r\n\r\nMegan sent you quote Q-00123. Review and accept it online at https://quotes.example/q/Q-00123.\r\n"
            + "--a\r\nContent-Type: text/html\r\n\r\n<div>Quote #Q-00123, reference T-RFQ-1</div>"
            + "<div class=\"card\"><p>Widget, steel</p><p>SKU: ABC-100</p><p>Quantity: 1,000 &middot; Unit price: $2.40 &middot; Lead time: 3 weeks</p></div>"
            + "<div class=\"card\"><p>Bracket</p><p>SKU: XYZ-200</p><p>Quantity: 50 &middot; Unit price: $11.00 &middot; Lead time: In stock</p></div>"
            + "<div>Shipping terms: FOB Grand Rapids, MI.</div>\r\n--a--\r\n";

        var quote = new QuoteParser().Parse(TestRfq.Mail("multipart/alternative; boundary=a", body), TestRfq.Create());

        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(0, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
        Assert.Equal("FOB", quote.Incoterms);
    }
}
