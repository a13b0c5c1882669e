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
    public void Drops_a_german_attribution_naming_the_writer_after_schrieb()
    {
        var text = "Preis 1,00 EUR\n\nAm 01.06.2026 um 15:02 schrieb Nora Reyes <nreyes@northridge.example>:\n> Position 1  9,99 EUR\n> more";

        var stripped = HistoryStripper.Strip(text);

        Assert.Contains("1,00", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("9,99", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("schrieb", stripped, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_attribution_split_over_two_lines()
    {
        var text = "Our price $2.00\nOn Mon, Jun 1, 2026 at 7:45 AM Buyer Name <buyer@x.example>\nwrote:\n\n> old";
        Assert.Equal("Our price $2.00", HistoryStripper.Strip(text));
    }

    [Theory]
    [InlineData("From: Buyer <b@x.example>\nSent: Monday, June 1, 2026 8:45 AM\nTo: Vendor\nSubject: RFQ")]
    [InlineData("Od: Buyer <b@x.example>\nWysłano: czwartek, 11 czerwca 2026 16:02\nDo: Vendor\nTemat: RFQ")]
    [InlineData("Od: Buyer <b@x.example>\nOdesláno: čtvrtek 11. června 2026 16:02\nKomu: Vendor\nPředmět: RFQ")]
    [InlineData("Feladó: Buyer <b@x.example>\nElküldve: 2026. június 11. 16:02\nCímzett: Vendor\nTárgy: RFQ")]
    [InlineData("De: Buyer <b@x.example>\nEnviada: 1 de junho de 2026 14:02\nPara: Vendor\nAssunto: RFQ")]
    public void Drops_outlook_header_block(string header)
    {
        var text = "We decline.\n\n" + header + "\n\nLine 1 5000 EA";
        Assert.Equal("We decline.", HistoryStripper.Strip(text));
    }

    [Fact]
    public void Keeps_the_colleagues_forwarded_answer_under_a_note_without_prices()
    {
        var block = "----- BEGIN QUOTE RFQ-2026-000001 (template 1) -----\n1 | BRK-4471 | 500 | EA | 12.50 | USD | 28 |  | \n----- END QUOTE RFQ-2026-000001 -----";
        var text = $"Forwarding our answer.\n\n---------- Forwarded message ---------\nFrom: Sales <s@acme.example>\n\n{block}\nregards\n> old";
        Assert.Equal($"Forwarding our answer.\n\n\n{block}\nregards", HistoryStripper.Strip(text));
    }

    [Fact]
    public void Keeps_a_message_forwarded_by_apple_mail_with_a_blank_line_before_its_headers()
    {
        var text = "Nora - forwarding Cascade's quote.\n\nBegin forwarded message:\n\nFrom: Alicia <a@cascade.example>\nSubject: Quote\nDate: June 4, 2026 at 4:41:12 PM CDT\nTo: Dev <d@buyer.example>\n\nGSK-EPDM-80: $0.176 ea\n> old";
        Assert.Equal("Nora - forwarding Cascade's quote.\n\n\nGSK-EPDM-80: $0.176 ea", HistoryStripper.Strip(text));
    }

    [Theory]
    [InlineData("Hi Nora,\n\nForwarding Mark's quote below.\n\nJenna\n\n________________________________\nFrom: Mark <m@vendor.example>\nSent: Thursday, June 4, 2026 6:52 PM\nSubject: RFQ NR-1\n\nGSK-EPDM-80  $0.184 ea\n\n________________________________\nFrom: Nora Reyes <n@buyer.example>\nSent: Monday, June 1, 2026\nSubject: RFQ NR-1\n\nGSK-EPDM-80  5000 EA")]
    [InlineData("Hi Nora,\n\nJenna\n\nFrom: Mark <m@vendor.example>\nSent: Thursday, June 4, 2026 6:52 PM\nSubject: FW: RFQ NR-1\n\nGSK-EPDM-80  $0.184 ea\n\nFrom: Nora Reyes <n@buyer.example>\nSent: Monday, June 1, 2026\nSubject: RFQ NR-1\n\nGSK-EPDM-80  5000 EA")]
    public void An_outlook_forward_under_a_note_without_prices_is_read_up_to_the_request_under_it(string text)
    {
        var kept = HistoryStripper.Strip(text);

        Assert.Contains("GSK-EPDM-80  $0.184 ea", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("5000 EA", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("From:", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forwarders_note_with_a_correction_reads_on_into_the_forwarded_quote_but_not_into_the_buyers_request()
    {
        const string text = "Nora,\n\nForwarding Alan's quote with one correction: the gasket should read $0.172.\n\n-----Original Message-----\nFrom: Alan <a@vendor.example>\nSent: Thursday, June 4, 2026\nSubject: RE: RFQ NR-1\n\nGSK-EPDM-80: $0.182 ea\n\n-----Original Message-----\nFrom: Nora Reyes <n@buyer.example>\nSent: Monday, June 1, 2026\nSubject: FW: RFQ NR-1\n\nGSK-EPDM-80  5000 EA";

        var withBuyer = string.Join('\n', HistoryStripper.StripLines(text, ["@buyer.example", "Nora Reyes"]));

        Assert.Contains("$0.182 ea", withBuyer, StringComparison.Ordinal);
        Assert.DoesNotContain("5000 EA", withBuyer, StringComparison.Ordinal);
        Assert.DoesNotContain("$0.182", HistoryStripper.Strip(text), StringComparison.Ordinal); // without knowing the buyer, a priced note ends the reply
    }

    [Fact]
    public void A_reply_whose_history_is_the_buyers_forwarded_request_stops_at_it()
    {
        const string text = "Nora, see below.\n\nFrom: Nora Reyes <n@buyer.example>\nSent: Monday, June 1, 2026\nSubject: FW: RFQ NR-1\n\nGSK-EPDM-80  5000 EA  target $0.15";

        Assert.Equal("Nora, see below.", string.Join('\n', HistoryStripper.StripLines(text, ["@buyer.example"])));
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

    [Fact]
    public void An_answer_typed_under_a_quoted_line_is_read_with_that_line()
    {
        var text = "Answers below.\n\n> 1. ABC-100, widget, 1000 EA\n\n$2.45 ea, 3 weeks\nfrom our plant\n\n> 2. XYZ-200, bracket, 50 EA\nno quote\n\n> Thank you";

        Assert.Equal("Answers below.\n\n\n1. ABC-100, widget, 1000 EA — $2.45 ea, 3 weeks\nfrom our plant\n\n2. XYZ-200, bracket, 50 EA — no quote", HistoryStripper.Strip(text));
    }

    [Fact]
    public void An_answer_after_the_whole_quote_is_not_tied_to_its_last_line()
    {
        var text = "> 1. ABC-100, widget, 1000 EA\n> 2. XYZ-200, bracket, 50 EA\n\nABC-100 $2.45, XYZ-200 $11.00";

        Assert.Equal("\nABC-100 $2.45, XYZ-200 $11.00", HistoryStripper.Strip(text));
    }

    [Theory]
    [InlineData("Our prices are in red in your table below.")]
    [InlineData("Answers inline.")]
    [InlineData("My comments are in line below, marked [TM].")]
    public void A_vendor_who_says_the_answers_are_in_the_quoted_request_keeps_it_without_its_header(string note)
    {
        var text = $"{note}\n\nFrom: Buyer <b@x.example>\nSent: Monday, June 1, 2026 8:45 AM\nTo: Vendor\nSubject: RFQ\n\n| ABC-100 | 1000 | $2.45 |";

        Assert.Equal($"{note}\n\n\n| ABC-100 | 1000 | $2.45 |", HistoryStripper.Strip(text));
    }

    [Fact]
    public void A_forwarded_message_under_a_note_with_prices_of_its_own_stays_history()
    {
        var text = "Our price is $2.00 each.\n\n---------- Forwarded message ---------\nFrom: Sales <s@acme.example>\n\nOld price $2.40 each.";

        Assert.Equal("Our price is $2.00 each.", HistoryStripper.Strip(text));
    }

    [Fact]
    public void A_signature_marker_above_a_table_does_not_end_the_reply()
    {
        var text = "Your quotation S04417 is ready.\n--\nKyle\n\n| Description | Unit Price |\n| [ABC-100] Widget | $ 2.40 |\n| [XYZ-200] Bracket | $ 11.00 |";

        Assert.Equal("Your quotation S04417 is ready.\nKyle\n\n| Description | Unit Price |\n| [ABC-100] Widget | $ 2.40 |\n| [XYZ-200] Bracket | $ 11.00 |", HistoryStripper.Strip(text));
        Assert.Equal("Regards", HistoryStripper.Strip("Regards\n-- \nKyle | Sales | +1 555 0100"));
    }

    [Theory]
    [InlineData("Answers under each line.\r\n\r\nOn Wed, Jun 10, 2026 at 8:15 AM Buyer <b@buyer.example> wrote:\r\n> Please quote:\r\n>\r\n> 1  ABC-100  Widget  1000 EA\r\n\r\n$2.45 each, 3 weeks\r\n\r\n> 2  XYZ-200  Bracket  50 EA\r\n\r\nNo quote, we don't do brackets.\r\n\r\n> Thanks")]
    [InlineData("Typed our answers onto your lines (==>).\r\n\r\nOn Jun 9, 2026, at 1:47 PM, Buyer <b@buyer.example> wrote:\r\n> Please quote:\r\n> 1  ABC-100  Widget   1000 EA  ==> $2.45 ea, 3 wks\r\n> 2  XYZ-200  Bracket    50 EA  ==> no bid\r\n>\r\n> Thanks")]
    public void Answers_typed_into_the_quoted_request_are_read_with_the_lines_they_answer(string body)
    {
        var quote = new QuoteParser().Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        var widgets = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widgets.UnitPrice?.Amount);
        Assert.Equal(21, widgets.LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_reply_above_a_quoted_request_with_no_answers_in_it_still_ends_at_the_attribution()
    {
        var body = "ABC-100: $2.45 each, 3 weeks. XYZ-200: $11.00 each, stock.\r\n\r\nOn Wed, Jun 10, 2026 at 8:15 AM Buyer <b@buyer.example> wrote:\r\n> 1  ABC-100  Widget  1000 EA\r\n> 2  XYZ-200  Bracket  50 EA";

        var quote = new QuoteParser().Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Quantity);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }
}
