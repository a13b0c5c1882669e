using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>An alternate part is one the vendor offers instead; its own item number for the same part is not one.</summary>
public class AlternatePartTests
{
    private readonly QuoteParser _parser = new();

    [Theory]
    [InlineData("Line | Part | Description | Qty | Price\r\n2 | BRK-77-S | Steel bracket, alternate for XYZ-200 | 50 | 10.40\r\n")]
    [InlineData("Line | Part | Description | Qty | Price\r\n2 | BRK-77-S | Steel bracket, equivalent to XYZ-200 | 50 | 10.40\r\n")]
    public void A_row_saying_what_it_replaces_offers_its_own_part(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("BRK-77-S", line.AlternatePartNumber);
    }

    [Fact]
    public void A_stock_code_for_what_is_offered_instead_is_the_alternate()
    {
        const string body = "We do not carry the aluminium bracket. We can offer a steel bracket, zinc plated, our stock code STB-200-Z.\r\nPrice: $10.40 each, 2 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("STB-200-Z", line.AlternatePartNumber);
    }

    [Fact]
    public void A_part_offered_after_in_place_of_the_makers_part_is_the_alternate()
    {
        const string body = "Line 2, XYZ 200 (50 pcs): in place of the Acme bracket we offer Nachi part no. NB-200-C3 (same fit). $10.90 each, 1 week.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("NB-200-C3", line.AlternatePartNumber);
        Assert.Equal(10.90m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_distributors_stock_number_beside_the_part_asked_for_is_no_alternate()
    {
        const string body = "1) ABC-100 - our stock no. PF-31612-10\r\n   Widget, steel: $2.45 each\r\n\r\n2) XYZ-200 - as specified - our stock number PF-FE-1376480\r\n   $11.00 each";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.All(quote.Lines, l => Assert.Null(l.AlternatePartNumber));
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void The_vendors_own_part_number_under_a_label_is_a_cross_reference_not_an_alternate()
    {
        const string body = """
            Line Your Part No.    Description        Qty UM    Unit Price Per
               1 ABC-100          WIDGET STEEL     1,000 EA        2.4000 EA
                 Our Part: TCP-A100  Rev: A
               2 XYZ-200          BRACKET ALU         50 EA       11.0000 EA
                 Our Part: TCP-X200  Rev: -
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.All(quote.Lines, l => Assert.Null(l.AlternatePartNumber));
        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice!.Value.Amount);
    }

    [Theory]
    [InlineData("XYZ-200   Acme original: EUR 10,50 per piece (matched)   4 weeks", 10.50, null)]
    [InlineData("XYZ-200: we offer our equivalent VND-X200-B instead of the Acme, $10.50 each, 2 weeks.", 10.50, "VND-X200-B")]
    [InlineData("XYZ-200: $10.50 each instead of $11.90, 2 weeks.", 10.50, null)]
    public void A_price_after_the_maker_an_alternate_replaces_is_the_offer_and_a_price_after_instead_of_is_the_old_one(string sentence, double price, string? alternate)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.40 each, 3 weeks.\n" + sentence), TestRfq.Create());

        var line = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal((decimal)price, line.UnitPrice?.Amount);
        Assert.Equal(alternate, line.AlternatePartNumber);
    }

    [Fact]
    public void Our_part_offered_in_words_is_still_an_alternate()
    {
        const string body = "ABC-100: we offer our part TCP-A100-B instead, $2.30 each, 3 weeks.\nXYZ-200: $11.00 each, 2 weeks.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal("TCP-A100-B", quote.Lines.Single(l => l.LineNumber == 1).AlternatePartNumber);
    }

    [Theory]
    [InlineData("| Part | Offered | Unit price |\r\n| ABC-100 | WDG-77 | $2.45 |\r\n| XYZ-200 | as requested | $11.00 |", "WDG-77")]
    [InlineData("| Réf. client | Réf. proposée | Désignation | Qté | P.U. HT € |\r\n| ABC-100 | WDG-77 | Widget | 1000 | 2,45 |\r\n| XYZ-200 | | Bracket | 50 | 11,00 |", "WDG-77")]
    [InlineData("ABC-100   ->  offered: WDG-77 (house brand)\r\n           1000 pcs, $2.45/pc\r\nXYZ-200   ->  50 pcs, $11.00/pc", "WDG-77")]
    [InlineData("Widgets - we offer another maker:\r\n  ABC-100  Offered P/N: WDG-77   $2.45 ea\r\nXYZ-200  $11.00 ea", "WDG-77")]
    [InlineData("ABC-100 : nous vous proposons l'équivalent de notre gamme, référence proposée : WDG-77, 2,45 € pièce.\r\nXYZ-200 : 11,00 € pièce.", "WDG-77")]
    [InlineData("ABC-100 - we cross ABC-100 to Lakeshore WDG-77 (same spec). $2.45 ea, 3 weeks.\r\nXYZ-200 - $11.00 ea", "WDG-77")]
    [InlineData("ABC-100 - we are not an Acme house. Our cross is AirTrac WDG-77 - $2.45 ea\r\nXYZ-200 - $11.00 ea", "WDG-77")]
    [InlineData("Pos. 1 - ABC-100\r\n  Acme voeren wij niet. Als alternatief bieden wij de WDG-77 aan.\r\n  1000 st. à € 2,45 per stuk\r\nPos. 2 - XYZ-200\r\n  50 st. à € 11,00 per stuk", "WDG-77")]
    public void A_part_quoted_in_place_of_the_one_asked_for_is_an_alternate(string body, string alternate)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(alternate, quote.Lines.Single(l => l.LineNumber == 1).AlternatePartNumber);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 2).AlternatePartNumber);
    }

    [Fact]
    public void A_row_quoting_another_revision_of_the_drawing_asked_for_quotes_an_alternate()
    {
        var rfq = TestRfq.Create() with
        {
            Lines =
            [
                new RfqLine(1, "SH-2231-C rev B", "Turned shaft", 250, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
                new RfqLine(2, "XYZ-200", "Bracket, aluminium", 50, UnitOfMeasure.Each, new DateOnly(2026, 8, 1)),
            ],
        };
        var body = "| Pos | Drawing no. | Unit price |\r\n| 1 | SH-2231-C rev A | $37.80 |\r\n| 2 | XYZ-200 | $11.00 |";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), rfq);

        Assert.Equal("SH-2231-C rev A", quote.Lines.Single(l => l.LineNumber == 1).AlternatePartNumber);
        Assert.Equal(37.80m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 2).AlternatePartNumber);
    }

    [Theory]
    [InlineData("XYZ-200: instead of that bracket we offer SMC C96SDB32-80C, US$ 68.40 each, 3 weeks", "C96SDB32-80C")]
    [InlineData("XYZ-200: instead of that bracket we offer part no. C96SDB32-80C, US$ 68.40 each, 3 weeks", "C96SDB32-80C")]
    [InlineData("XYZ-200: as an alternative we offer OEM C96SDB32-80C, US$ 68.40 each, 3 weeks", "C96SDB32-80C")]
    public void A_maker_named_in_capitals_before_an_offered_part_is_not_part_of_its_number(string body, string expected)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(expected, line.AlternatePartNumber);
        Assert.Equal(68.40m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void An_alternate_offered_besides_the_priced_requested_part_is_an_option_not_the_quote()
    {
        var body = "XYZ-200 (as requested): USD 11.00 each, 2 weeks.\r\n\r\nIf acceptable, we could also supply our own bracket BR-77-AL for XYZ-200 at USD 9.40 each, 1 week.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Null(line.AlternatePartNumber);
        Assert.Equal(11.00m, line.UnitPrice?.Amount);
        Assert.Equal(14, line.LeadTimeDays);
    }

    [Fact]
    public void An_alternate_offered_when_the_requested_part_is_declined_is_the_quote()
    {
        var body = "XYZ-200: we cannot supply that one.\r\n\r\nIf acceptable, we could supply our own bracket BR-77-AL instead at USD 9.40 each, 1 week.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("BR-77-AL", line.AlternatePartNumber);
        Assert.Equal(9.40m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_part_named_before_instead_of_is_the_alternate()
    {
        var body = "Item 2  BR-77-AL      50 pcs     USD 9.40 per piece      4 weeks\r\n        (our bracket, offered instead of the XYZ-200, same holes)";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("BR-77-AL", line.AlternatePartNumber);
        Assert.Equal(9.40m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void The_vendors_own_quote_number_and_a_changed_lead_time_are_no_alternates()
    {
        const string body = "Revised pricing below replaces our quote AQ-26-0588 in full:\nABC-100: $2.30 each, 7 weeks instead of 6.\nXYZ-200: $10.50 each.\nRevised quote AQ-26-0588 R1 is valid 30 days.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.All(quote.Lines, l => Assert.Null(l.AlternatePartNumber));
        Assert.Equal(49, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
    }
}
