using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Each reply is classified; a question or other message never comes out as a quote.</summary>
public class ReplyClassificationTests
{
    private readonly QuoteParser _parser = new();

    [Theory]
    [InlineData("Part | Qty | Unit price\r\nABC-100 | 1000 | $2.45\r\nXYZ-200 | 50 | $11.00\r\n\r\nPlease let us know if you have any questions.", QuoteClassification.Quote)]
    [InlineData("Our revised quote: ABC-100 $2.30 each, XYZ-200 $10.50 each.", QuoteClassification.RevisedQuote)]
    [InlineData("ABC-100 $2.40 each. XYZ-200: no quote, obsolete.", QuoteClassification.Quote)]
    [InlineData("We must respectfully decline to quote this RFQ.", QuoteClassification.NoBid)]
    [InlineData("Nous devons malheureusement décliner l’ensemble de la demande : nos presses sont réservées.", QuoteClassification.NoBid)]
    [InlineData("Ces pièces ne font pas partie de notre offre.", QuoteClassification.NoBid)]
    public void Quotes_and_declines_are_classified(string body, QuoteClassification expected)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(expected, quote.Classification);
        Assert.NotEqual(QuoteStatus.Unparseable, quote.Status);
    }

    [Theory]
    [InlineData("XYZ-200: no podemos cotizar este artículo.")]
    [InlineData("XYZ-200: descatalogado.")]
    [InlineData("XYZ-200 - sin oferta.")]
    [InlineData("XYZ-200: obsoleto, no disponible.")]
    [InlineData("XYZ-200 ist abgekündigt.")]
    [InlineData("XYZ-200 können wir leider nicht anbieten.")]
    [InlineData("XYZ-200 ist nicht mehr lieferbar.")]
    [InlineData("XYZ-200 : non disponible.")]
    [InlineData("XYZ-200 : produit obsolète.")]
    [InlineData("La posición 2 (soporte de aluminio) no la ofertamos.")]
    [InlineData("A posição 2 não podemos cotar.")]
    [InlineData("Pozycji 2 nie oferujemy.")]
    public void A_line_declined_in_spanish_german_or_french_is_a_no_bid_beside_the_priced_line(string decline)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.40 each, 3 weeks.\r\n\r\n" + decline), TestRfq.Create());

        Assert.Equal(QuoteStatus.Partial, quote.Status);
        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid, decline);
    }

    [Theory]
    [InlineData("| Part    | Qty  | Unit price |\r\n| ABC-100 | 250  | $2.60      |\r\n|         | 1000 | $2.45      |\r\n|         | 5000 | $2.10      |\r\n| XYZ-200 | 50   | $11.00     |", 250)]
    [InlineData("Part | 1+ | 1000+ | 5000+\r\nABC-100 | $2.60 | $2.45 | $2.10\r\nXYZ-200 | $11.00 | $10.00 | $9.00", 1)]
    [InlineData("ABC-100 steel widget\r\n  Qty (pcs)     250      1,000    5,000\r\n  Unit price    $2.60    $2.45    $2.10\r\n\r\nXYZ-200: $11.00 each", 250)]
    [InlineData("ABC-100 (steel widget)\r\n    Quantity          Price each\r\n    250 - 999         $2.60\r\n    1,000 - 4,999     $2.45\r\n    5,000+            $2.10\r\n    Lead time: 3 weeks\r\n\r\nXYZ-200: $11.00 each", 250)]
    public void The_tier_for_the_requested_quantity_is_the_price_and_every_other_tier_stays_a_break(string body, int baseMinimum)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        var line = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
        Assert.Equal([(baseMinimum, 2.60m), (5000, 2.10m)], line.PriceBreaks.Select(b => ((int)b.MinQuantity, b.UnitPrice.Amount)));
    }

    [Theory]
    [InlineData("XYZ-200 no disponible hasta marzo, 8 semanas.")]
    [InlineData("XYZ-200 nicht verfügbar bis März, 8 Wochen.")]
    public void Not_available_until_a_date_is_a_lead_time_not_a_decline(string text)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.40 each, 3 weeks.\r\nXYZ-200: $11.00 each.\r\n\r\n" + text), TestRfq.Create());

        Assert.False(quote.Lines.Single(l => l.LineNumber == 2).NoBid, text);
        Assert.Equal(11m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Hi, could you confirm the material grade before we quote?")]
    [InlineData("What is the required finish?")]
    [InlineData("Hello,\r\n\r\nPlease send the drawing for XYZ-200.\r\n\r\nThanks")]
    [InlineData("Before we can quote ABC-100, could you confirm the tolerance? We would be at roughly $2.50 each in 1.4301.")]
    public void A_question_is_unparseable_with_the_question_as_its_reason(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteClassification.Question, quote.Classification);
        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Empty(quote.Lines);
        Assert.StartsWith("question: ", quote.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I am out of the office until 15 June with limited access to email.")]
    [InlineData("Thank you for your RFQ. We are working on it and will send our quote by Friday.")]
    public void Other_messages_are_unparseable_and_not_quotes(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteClassification.Other, quote.Classification);
        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.StartsWith("not a quote: ", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_whose_attachment_could_not_be_read_stays_a_quote_for_the_team_to_check()
    {
        var dir = TestFiles.Corpus();
        var quote = _parser.Parse(File.ReadAllBytes(Path.Combine(dir, "c45-pdf-scanned.eml")), TestFiles.LoadRfq(Path.Combine(dir, "rfq-corpus.json")));

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Equal(QuoteClassification.Quote, quote.Classification);
    }

    [Fact]
    public void A_paragraph_naming_one_line_is_the_heading_of_the_price_table_under_it()
    {
        var body = "ABC-100 - steel widget, boxes of 50\r\n\r\n  Quantity        Price each\r\n  100 - 999       $2.60\r\n  1,000 and up    $2.45\r\n\r\nLead time 3 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(21, line.LeadTimeDays);
    }

    [Fact]
    public void A_duration_before_a_minimum_order_label_is_not_the_minimum()
    {
        var body = "Line 1 ABC-100   Price each: $2.45   Lead time: 9 weeks   Min. order: none\r\nLine 2 XYZ-200   Price each: $11.00   Lead time: 2 weeks   Min. order: 10";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Moq);
        Assert.Equal(63, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(10m, quote.Lines.Single(l => l.LineNumber == 2).Moq);
    }

    [Fact]
    public void German_positions_declined_by_range_are_no_bids()
    {
        var body = "Sehr geehrte Damen und Herren,\r\n\r\nPos. 1 ABC-100: 2,45 € je Stück, Lieferzeit 3 Wochen.\r\n\r\nDie Positionen 2 bis 2 können wir leider nicht anbieten.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_table_row_confirming_the_requested_quantity_outranks_a_quantity_in_the_prose()
    {
        var body = "On line 1 we offer our standard widget. Brackets are packed in boxes of 25 (2 boxes).\r\n\r\n| Part | Qty | Unit price |\r\n| ABC-100 | 1000 | $2.45 |\r\n| XYZ-200 | 50 | $11.00 |";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Quantity);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void The_net_price_column_wins_over_the_list_price_it_was_discounted_from()
    {
        var body = "| Part | List price | Disc. | Net price |\r\n| ABC-100 | $3.00 | 10% | $2.70 |\r\n| XYZ-200 | $12.00 | 10% | $10.80 |";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.70m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(10.80m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("| Part | Offered | Unit price |\r\n| ABC-100 | WDG-77 | $2.45 |\r\n| XYZ-200 | as requested | $11.00 |", "WDG-77")]
    public void A_part_quoted_in_place_of_the_one_asked_for_is_an_alternate(string body, string alternate)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(alternate, quote.Lines.Single(l => l.LineNumber == 1).AlternatePartNumber);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 2).AlternatePartNumber);
    }

    [Theory]
    [InlineData("Pos. 1 ABC-100 : 2,45 € la pièce, délai 3 semaines.\r\n\r\nQuantité minimale de commande : 2000 pièces.")]
    [InlineData("ABC-100: € 2,45 cad., consegna 3 weeks.\r\n\r\nLotto minimo di produzione: 2000 pezzi.")]
    public void A_minimum_order_stated_apart_from_the_only_line_quoted_is_that_lines(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2000m, line.Moq);
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

    [Fact]
    public void A_drawing_number_written_without_its_revision_names_its_line()
    {
        var rfq = TestRfq.Create() with
        {
            Lines =
            [
                new RfqLine(1, "SH-2231-C rev B", "Turned shaft", 250, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
                new RfqLine(2, "XYZ-200", "Bracket, aluminium", 50, UnitOfMeasure.Each, new DateOnly(2026, 8, 1)),
            ],
        };
        var body = "XYZ-200: $11.00 each, 2 weeks.\r\n\r\nShaft SH-2231-C and anything else: outside our scope, no offer.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), rfq);

        Assert.True(quote.Lines.Single(l => l.LineNumber == 1).NoBid);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Ln | P/N | Qty. | U/M | U/P | Ext. | L/T\r\n1 | ABC-100 | 1000 | EA | 2.45 | 2450.00 | 3 wks\r\n2 | XYZ-200 | 50 | EA | 11.00 | 550.00 | stock")]
    [InlineData("Référence;Désignation;Quantité;Prix unitaire HT;Par;Délai;Remarque\r\nABC-100;Widget;1 000;2450,00;1000;3 semaines;\r\nXYZ-200;Bracket;50;11,00;1;stock;")]
    public void Abbreviated_and_french_headers_are_read_by_meaning(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail(body.Contains(';') ? "text/csv" : "text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_quantity_rounded_up_to_whole_crates_is_the_quoted_quantity_not_the_crate_size()
    {
        var body = "Line 2 - XYZ-200 bracket\r\n  We pack 25 sheets per crate, so we quote 75 sheets (3 crates).\r\n  Price: US$ 11.00 per sheet. Delivery: 2 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(75m, line.Quantity);
        Assert.Equal(11.00m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("XYZ-200: instead of that bracket we offer SMC C96SDB32-80C, US$ 68.40 each, 3 weeks", "SMC C96SDB32-80C")]
    [InlineData("XYZ-200: instead of that bracket we offer part no. C96SDB32-80C, US$ 68.40 each, 3 weeks", "C96SDB32-80C")]
    [InlineData("XYZ-200: as an alternative we offer OEM C96SDB32-80C, US$ 68.40 each, 3 weeks", "C96SDB32-80C")]
    public void A_maker_named_in_capitals_before_an_offered_part_stays_with_it(string body, string expected)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(expected, line.AlternatePartNumber);
        Assert.Equal(68.40m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("text/csv", "Part number,ABC-100,XYZ-200\r\nQty,1000,50\r\nUnit price (USD),2.45,11.00\r\nLead time,3 weeks,stock")]
    [InlineData("text/html", "<table><tr><td>Part number</td><td>ABC-100</td></tr><tr><td>Unit price</td><td>$2.45</td></tr><tr><td>Lead time</td><td>3 weeks</td></tr></table>")]
    public void A_table_with_one_column_per_part_is_read_across(string type, string body)
    {
        var line = _parser.Parse(TestRfq.Mail(type, body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(21, line.LeadTimeDays);
    }

    [Fact]
    public void A_whole_number_counted_in_ea_beside_a_price_with_its_currency_is_the_quantity()
    {
        var body = "ABC-100      1,000 ea    $2.45 ea     3 wks\r\nXYZ-200         50 ea    $11.00 ea    stock";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("scr m4x10   $31/M   stock", 3, 0.031)]
    [InlineData("spr c0630 - $.07, 3-4 wk", 5, 0.07)]
    public void A_part_number_written_without_its_last_segment_names_its_line(string body, int lineNumber, double price)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), ShortPartsRfq()).Lines.SingleOrDefault(l => l.LineNumber == lineNumber);

        Assert.Equal((decimal)price, line?.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("SCR-M4X10-A4 $31/M stock")] // another last segment is another part
    [InlineData("scr m4x10 a4 $31/M stock")]
    public void A_part_number_with_another_last_segment_names_no_line(string body)
    {
        Assert.DoesNotContain(_parser.Parse(TestRfq.Mail("text/plain", body), ShortPartsRfq()).Lines, l => l.LineNumber == 3 && l.UnitPrice is not null);
    }

    [Fact]
    public void A_line_naming_other_lines_by_description_under_a_list_of_part_numbers_is_an_item_of_its_own()
    {
        var body = "gsk epdm80   $.19   4wk\r\nscr m4x10   $31/M   stock\r\ncable + plate n/q";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), ShortPartsRfq());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 4).NoBid);
        Assert.Equal(0, quote.Lines.Single(l => l.LineNumber == 3).LeadTimeDays);
    }

    [Fact]
    public void A_bare_amount_per_metre_under_a_stated_currency_is_the_price_per_metre()
    {
        var body = "New prices, US dollars:\r\n\r\nGSK-EPDM-80      0.179 ea      3 weeks\r\nCBL-4C22-PUR     1.33 /m       2 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), ShortPartsRfq()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1.33m, line.UnitPrice?.Amount);
        Assert.Equal(14, line.LeadTimeDays);
    }

    [Fact]
    public void A_lot_total_beside_the_quantity_it_buys_gives_the_unit_price()
    {
        var body = "Prices are lot totals.\r\n\r\nABC-100    1,000 pcs    lot total USD  2,450.00\r\nXYZ-200       50 pcs    lot total USD    550.00\r\n                        Total     USD  3,000.00";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_lead_time_for_all_lines_but_one_is_everyones_and_the_exception_is_read_for_its_line()
    {
        var body = "ABC-100  USD 2.45 each\r\nXYZ-200  USD 11.00 each\r\n\r\nDelivery 4 weeks ARO on all of the above except the bracket, which is in stock.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(28, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(0, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
    }

    [Fact]
    public void A_group_header_above_the_row_naming_the_columns_is_read_with_it()
    {
        var body = "Part number,Quantity,,Price (USD),,Lead time\r\n,Qty,UoM,Unit,Extended,weeks\r\nABC-100,1000,EA,2.45,2450,3\r\nXYZ-200,50,EA,11.00,550,5";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(35, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
    }

    [Fact]
    public void A_dutch_table_and_a_dutch_regret_are_read()
    {
        var body = "Regel  Artikelnummer   Aantal    Prijs                  Levertijd\r\n1      ABC-100         1.000 st. € 245,00 per 100 st.   15 werkdagen\r\n\r\nRegel 2 kunnen wij helaas niet leveren.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
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
    public void Columns_aligned_with_no_break_spaces_in_html_keep_their_gaps()
    {
        var body = "<p>ABC-100&nbsp;&nbsp;&nbsp;&nbsp; 1,000 pcs&nbsp;&nbsp;&nbsp;&nbsp; $2.45 each&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; stock</p>";

        var line = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(0, line.LeadTimeDays);
    }

    [Fact]
    public void German_whole_amounts_with_a_dash_and_a_one_off_charge_without_a_currency_mark_are_read()
    {
        var body = "Alle Preise in EUR.\r\n\r\nPos. 1  ABC-100 - Widget\r\n        1.000 Stück, Stückpreis 2,45, Lieferzeit 3 Wochen\r\n\r\nPos. 2  XYZ-200 - Bracket\r\n        50 Stück, Stückpreis 1.250,-, Lieferzeit 6 Wochen\r\n        zzgl. einmalige Modellkosten 3.400,-";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(1250m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.LineNumber == 2);
    }

    [Fact]
    public void A_swedish_table_and_regret_are_read()
    {
        var body = "Pos  Artikelnr   Antal     À-pris          Leveranstid\r\n1    ABC-100     1 000 st  2,45 kr/st      3 veckor\r\n\r\nPos 2 kan vi tyvärr inte offerera.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_price_cell_stacking_tiers_and_a_minimum_is_read_like_a_line_of_text()
    {
        var body = "<table><tr><th>Part number</th><th>Qty</th><th>Price (USD)</th><th>Lead time</th></tr>"
            + "<tr><td>ABC-100</td><td>1,000</td><td>100+: $2.60<br>1k+: $2.45<br>5k+: $2.30</td><td>3 weeks</td></tr>"
            + "<tr><td>XYZ-200</td><td>50</td><td>$11.00 ea<br><small>MOQ 100</small></td><td>stock</td></tr></table>";

        var quote = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create());

        var widget = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widget.UnitPrice?.Amount);
        Assert.Equal([100m, 5000m], widget.PriceBreaks.Select(b => b.MinQuantity).Order());
        Assert.Equal(100m, quote.Lines.Single(l => l.LineNumber == 2).Moq);
    }

    [Fact]
    public void An_attached_html_document_states_its_own_terms()
    {
        var html = "<table><tr><td>Validity</td><td>45 days from offer date</td></tr><tr><td>Delivery terms</td><td>DAP Bremen</td></tr></table>"
            + "<table><tr><th>Part number</th><th>Unit price</th></tr><tr><td>ABC-100</td><td>USD 2.45</td></tr></table>";
        var mail = TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("Our offer is attached.", "offer.htm", "text/html", System.Text.Encoding.UTF8.GetBytes(html)));

        var quote = _parser.Parse(mail, TestRfq.Create());

        Assert.Equal("DAP", quote.Incoterms);
        Assert.Equal(new DateOnly(2026, 7, 17), quote.ValidUntil);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void A_net_price_below_a_gross_price_in_an_erp_print_is_the_price()
    {
        var body = "Item  Material        Description             Quantity  UoM\r\n----  --------------  ----------------------  --------  ---\r\n  10  300-118-44      WIDGET STEEL               1,000  PC\r\n      Your material number   ABC-100\r\n      Gross price            2.6000 USD  /     1 PC\r\n      Discount                6.000- %\r\n      Net price              2.4440 USD  /     1 PC\r\n      Net value            2,444.00 USD\r\n      Delivery time          4 weeks after receipt of order";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.444m, line.UnitPrice?.Amount);
        Assert.Equal(28, line.LeadTimeDays);
    }

    [Fact]
    public void A_net_price_beside_a_gross_price_in_prose_is_the_price()
    {
        var body = "ABC-100: gross price USD 2.60 each, less 6 % discount, net price USD 2.444 each, 4 weeks.";

        Assert.Equal(2.444m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Valid from 05.06.2026\r\nValid to 17.07.2026", "2026-07-17")]
    public void The_start_of_validity_is_not_its_end(string text, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Purchaser.Quotes.Extraction.TermsReader.Validity(text, new DateOnly(2026, 6, 5)));
    }

    [Theory]
    [InlineData("Lead time (working days)", 15, 21)]
    [InlineData("Lead time (weeks)", 3, 21)]
    [InlineData("Lead time (days)", 30, 30)]
    public void A_bare_number_under_a_lead_time_header_counts_in_the_headers_unit(string header, int cell, int days)
    {
        var body = $"Part number;Unit price;{header}\r\nABC-100;2.45;{cell}\r\nXYZ-200;11.00;1";

        Assert.Equal(days, _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
    }

    [Fact]
    public void A_question_about_one_line_with_the_others_priced_is_a_quote_and_its_ballpark_is_no_price()
    {
        var body = "One question before I can price XYZ-200: is the bracket anodised? It would come in somewhere around $12 each, but I'd rather quote it properly.\r\n\r\nThe rest I can quote now:\r\n\r\nABC-100    1,000 pcs    $2.45 each    4 weeks";
        var rfq = TestRfq.Create() with { Lines = [.. TestRfq.Create().Lines, new RfqLine(3, "PIN-300", "Dowel pin", 200, UnitOfMeasure.Each, null)] };
        body += "\r\nPIN-300      200 pcs      $0.40 each    stock";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), rfq);

        Assert.Equal(QuoteClassification.Quote, quote.Classification);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.DoesNotContain(quote.Lines, l => l.LineNumber == 2 && l.UnitPrice is not null);
    }

    [Fact]
    public void A_part_named_before_instead_of_is_the_alternate()
    {
        var body = "Item 2  BR-77-AL      50 pcs     USD 9.40 per piece      4 weeks\r\n        (our bracket, offered instead of the XYZ-200, same holes)";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("BR-77-AL", line.AlternatePartNumber);
        Assert.Equal(9.40m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Part | List price | Disc. | Lead time\r\nABC-100 | $3.50 ea | 30% | stock\r\nXYZ-200 | $20.00 ea | 45 % | 2 wks", 2.45, 11.00)]
    [InlineData("Part | Unit price | Disc. | Net price\r\nABC-100 | $3.50 | 30% | $2.45\r\nXYZ-200 | $20.00 | 45% | $11.00", 2.45, 11.00)]
    public void A_discount_column_takes_off_the_list_price_but_not_a_net_one(string body, double widget, double bracket)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal((decimal)widget, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal((decimal)bracket, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void Cents_are_hundredths_of_the_dollar()
    {
        var body = "  ABC-100     widget     245¢ ea      4 wks\r\n  XYZ-200     bracket    $11.00 ea    stock";

        Assert.Equal(2.45m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void A_split_delivery_is_complete_when_its_balance_arrives_and_its_first_part_is_no_quoted_quantity()
    {
        var body = "ABC-100   $2.45 each   600 pcs from stock, balance of 400 pcs in 3 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(21, line.LeadTimeDays);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_minimum_order_charge_under_a_declined_line_is_a_note_and_no_price_of_that_line()
    {
        var body = "ABC-100   $2.45 each   4 wks\r\n\r\nWe have to pass on the bracket (XYZ-200), no quote on that one.\r\n\r\nOur minimum order value is $250.00; orders under $250.00 carry a $35.00 handling charge.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.Contains(quote.Deviations, d => d.Kind == "note");
    }

    [Fact]
    public void A_regret_naming_two_lines_after_abbreviated_position_numbers_declines_both()
    {
        var body = "Poz. 1 (ABC-100) ve Poz. 2 (XYZ-200) için teklif veremiyoruz; bu ürünler ürün gamımızda yoktur.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.NoBid, quote.Status);
        Assert.All(quote.Lines, l => Assert.True(l.NoBid));
    }

    [Fact]
    public void A_description_names_its_line_by_the_word_it_starts_with_even_when_another_line_mentions_it()
    {
        var rfq = TestRfq.Create() with
        {
            Lines =
            [
                new RfqLine(1, "OR-0120-NBR70", "O-ring 12.0 x 2.0 mm, NBR 70", 50000, UnitOfMeasure.Each, null),
                new RfqLine(2, "KIT-PX200-SEAL", "Seal kit for PX-200 pump: 2 lip seals, 4 O-rings", 150, UnitOfMeasure.Each, null),
                new RfqLine(3, "RES-PA66", "Resin PA66 GF30", 2500, UnitOfMeasure.Parse("KG"), null),
            ],
        };

        var quote = _parser.Parse(TestRfq.Mail("text/plain", "RES-PA66: $3.25/kg, 2 weeks.\r\n\r\nNo quote on the O-rings or the seal kits."), rfq);

        Assert.True(quote.Lines.Single(l => l.LineNumber == 1).NoBid);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_price_the_vendor_states_in_the_rfq_unit_beats_our_conversion_of_another()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "RES-PA66", "Resin PA66 GF30", 2500, UnitOfMeasure.Parse("KG"), null)] };

        var line = _parser.Parse(TestRfq.Mail("text/plain", "RES-PA66\r\n  Price: $1.47/lb, which is $3.2408/kg\r\n  Lead time: 2 weeks"), rfq).Lines.Single();

        Assert.Equal(3.2408m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("ABC-100: $2.45 each, 3 weeks.\r\n\r\nWe don't do brackets, so no quote\r\non the XYZ-200 either.")]
    [InlineData("ABC-100: $2.45 each, 3 weeks.\r\n\r\nWe do not supply brackets, so no quote on PIN-9, PIN-10 and\r\nXYZ-200.")]
    [InlineData("1) ABC-100 - $2.45 each, 3 weeks ARO\r\n\r\nThe rest we will pass on - brackets are not products we carry.")]
    public void A_regret_wrapped_onto_the_next_line_or_said_in_other_words_declines_its_lines(string body)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_price_per_german_packing_unit_of_stated_size_is_divided_by_it()
    {
        var body = "Item 1  ABC-100  Widget\r\n        1.000 pcs, EUR 24,50 per VE (10 pcs), ex stock";

        Assert.Equal(2.45m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void A_minimum_order_quantity_for_a_line_named_by_description_is_its_moq()
    {
        var body = "ABC-100   USD 2.45 each   3 weeks\r\nXYZ-200   USD 11.00 each  stock\r\n\r\nMinimum order quantity for the bracket: 100 pcs.";

        Assert.Equal(100m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2).Moq);
    }

    [Fact]
    public void A_part_number_with_two_neighbouring_characters_swapped_names_its_line_when_no_other_is_as_close()
    {
        var body = "GSK-EPMD-80     5000    .191 ea    4 wk\r\nCBL4C22-PUR     1500m   1.38/m     2 wk\r\nPTL-0915-R2     120     44.10 ea   7 wk";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), ShortPartsRfq());

        Assert.Equal(0.191m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(1.38m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Equal(44.10m, quote.Lines.Single(l => l.LineNumber == 4).UnitPrice?.Amount);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 4).AlternatePartNumber);
    }

    [Fact]
    public void A_correction_after_the_quote_replaces_the_price_it_names()
    {
        var body = "ABC-100     1,000 ea     $2.45 ea     3 wks\r\nXYZ-200     50 ea        $11.00 ea    stock\r\n\r\nP.S. Sorry, typo in the bracket line: $11.00 should read $10.10 each.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(10.10m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void Chatty_paragraphs_with_durations_in_words_tooling_on_the_shelf_and_sitting_one_out_are_read()
    {
        var body = "For the widgets (ABC-100) the tooling is already on the shelf, so I can do $2.45 apiece. Production is running about four weeks right now.\r\n\r\nThe bracket (XYZ-200) isn't our thing, so I'll have to sit that one out.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(28, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    private static Rfq ShortPartsRfq() => TestRfq.Create() with
    {
        Lines =
        [
            new RfqLine(1, "GSK-EPDM-80", "Gasket, EPDM 70 Shore A, die-cut", 5000, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
            new RfqLine(2, "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded, PUR jacket", 1500, UnitOfMeasure.Parse("M"), new DateOnly(2026, 8, 28)),
            new RfqLine(3, "SCR-M4X10-A2", "Socket head cap screw M4 x 10, A2-70", 20000, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
            new RfqLine(4, "PLT-0915-R2", "Motor base plate, 6082-T6, CNC milled", 120, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
            new RfqLine(5, "SPR-C0630-302", "Compression spring, 302 stainless", 8000, UnitOfMeasure.Each, new DateOnly(2026, 8, 28)),
        ],
    };
}
