using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

/// <summary>Each piece of a reply finds its RFQ line: by part number (also shortened, mistyped or without its revision), by number or by description.</summary>
public class LineMatchingTests
{
    private readonly QuoteParser _parser = new();

    [Fact]
    public void A_paragraph_naming_one_line_is_the_heading_of_the_price_table_under_it()
    {
        var body = "ABC-100 - steel widget, boxes of 50\r\n\r\n  Quantity        Price each\r\n  100 - 999       $2.60\r\n  1,000 and up    $2.45\r\n\r\nLead time 3 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(21, line.LeadTimeDays);
    }

    [Theory]
    [InlineData("Kablo, cıvata, motor plakası ve yay", new[] { 2, 3, 4, 5 })]
    [InlineData("Kabel und Schrauben", new[] { 2, 3 })]
    [InlineData("šrouby a pružiny", new[] { 3, 5 })]
    [InlineData("juntas y resortes", new[] { 1, 5 })]
    [InlineData("our sales desk and staff", new int[0])]
    [InlineData("fittings", new[] { 3 })]
    public void A_part_named_in_the_vendors_language_points_to_the_line_that_names_it_in_english(string text, int[] lines)
    {
        var rfq = TestRfq.ShortParts();
        rfq = rfq with { Lines = [.. rfq.Lines.Select(l => l.LineNumber == 3 && text == "fittings" ? l with { Description = "Straight male connector G1/2" } : l)] };
        var found = new LineMatcher(rfq).FindDescriptions(text).Select(r => r.LineNumber).Distinct().Order();

        Assert.Equal(lines, found);
    }

    [Fact]
    public void Lines_declined_by_their_names_in_another_language_are_no_bids()
    {
        var body = "GSK-EPDM-80: USD 0,179 each, 4 hafta.\r\n\r\nKablo, cıvata, motor plakası ve yay: üretim alanımız dışında, we cannot supply.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.ShortParts());

        Assert.Equal([2, 3, 4, 5], quote.Lines.Where(l => l.NoBid).Select(l => l.LineNumber).Order());
    }

    [Theory]
    [InlineData("Partidas 2, 3 y 4: no cotizamos.")]
    [InlineData("Per le pos. 2, 3 e 4 non possiamo fare offerta.")]
    public void Lines_declined_by_their_numbers_in_spanish_or_italian_are_no_bids(string decline)
    {
        var body = "GSK-EPDM-80: USD 0.179 each, 4 weeks.\r\n\r\n" + decline;

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.ShortParts());

        Assert.Equal([2, 3, 4], quote.Lines.Where(l => l.NoBid).Select(l => l.LineNumber).Order());
    }

    [Fact]
    public void Items_written_with_a_spanish_accent_are_line_numbers()
    {
        var body = "Ítem 4 PLT-0915-R2 USD 43,60\r\n\r\nÍtems 1, 2, 3 y 5: no cotizamos.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.ShortParts());

        Assert.Equal([1, 2, 3, 5], quote.Lines.Where(l => l.NoBid).Select(l => l.LineNumber).Order());
    }

    [Fact]
    public void Terms_under_a_table_that_priced_one_line_are_that_lines_even_when_the_text_declines_others()
    {
        var body = "<table><tr><th>Ítem</th><th>Código</th><th>Descripción</th><th>Cantidad</th><th>Precio unitario</th><th>Total</th></tr><tr><td>4</td><td>PLT-0915-R2</td><td>Placa base</td><td>120 u.</td><td>USD 43,60</td><td>USD 5.232,00</td></tr></table>"
            + "<ul><li>Lote mínimo de fabricación: 100 unidades.</li><li>Plazo de entrega: 10 a 12 semanas.</li></ul><p>Ítems 1, 2, 3 y 5: no cotizamos.</p>";

        var line = _parser.Parse(TestRfq.Mail("text/html; charset=utf-8", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 4);

        Assert.Equal(100, line.Moq);
        Assert.Equal(84, line.LeadTimeDays);
    }

    [Fact]
    public void Lines_named_by_a_hash_number_and_by_ordinals_are_those_lines()
    {
        var body = "Item 1  -  $0.187 each, 4 weeks\r\n#3      -  $2.96 per C, from stock\r\nLine 5  -  $0.0705 each\r\n\r\nThe 2nd and 4th lines we have to pass on.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.Equal(0.0296m, quote.Lines.Single(l => l.LineNumber == 3).UnitPrice?.Amount);
        Assert.Equal([2, 4], quote.Lines.Where(l => l.NoBid).Select(l => l.LineNumber).Order());
    }

    [Fact]
    public void Items_declined_by_a_tilde_range_are_no_bids()
    {
        var body = "For your item 1 GSK-EPDM-80: USD0.185/pc\r\n\r\nSorry, item 2~5 are not our products, we can not quote.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.Equal([2, 3, 4, 5], quote.Lines.Where(l => l.NoBid).Select(l => l.LineNumber).Order());
    }

    [Fact]
    public void Priced_rows_that_restate_each_lines_quantity_are_those_lines()
    {
        var body = "quick numbers, same order as your list:\r\n\r\n5,000 pcs   $0.184 ea   4 wks\r\n1,500 m   $1.36/m   2 wks\r\n20,000 pcs   $0.0299 ea   stock";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.Equal(0.184m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(1.36m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Equal(0, quote.Lines.Single(l => l.LineNumber == 3).LeadTimeDays);
    }

    [Theory]
    [InlineData("PLT-915-R2 (motor base plate)   $46.20 ea   6 weeks", 4)]
    [InlineData("SPR-C630 (the springs)   $68.50 per M   3 weeks", 5)]
    public void A_part_number_typed_without_a_leading_zero_names_its_line(string row, int lineNumber)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "Prices in USD:\r\n\r\n" + row), TestRfq.ShortParts());

        Assert.Contains(quote.Lines, l => l.LineNumber == lineNumber && l.UnitPrice is not null);
    }

    [Fact]
    public void A_dimension_word_names_no_line()
    {
        var rfq = TestRfq.ShortParts();
        rfq = rfq with { Lines = [.. rfq.Lines.Select(l => l.LineNumber == 5 ? l with { Description = "Compression spring, free length 30 mm" } : l)] };

        Assert.Empty(new LineMatcher(rfq).FindDescriptions("cut to length"));
    }

    [Fact]
    public void A_list_item_naming_a_line_by_description_heads_the_html_ladder_under_it()
    {
        var body = "<ul><li><b>The gaskets:</b> $0.193 each.</li><li><b>The springs:</b> per the breaks below, lead time 3 weeks."
            + "<table><tr><th>Quantity</th><th>Price each</th></tr><tr><td>1,000 - 4,999</td><td>$0.0815</td></tr><tr><td>5,000 - 9,999</td><td>$0.0740</td></tr><tr><td>10,000+</td><td>$0.0680</td></tr></table></li></ul>";

        var line = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 5);

        Assert.Equal(0.074m, line.UnitPrice?.Amount);
        Assert.Equal(21, line.LeadTimeDays);
    }

    [Fact]
    public void The_customers_part_on_the_row_below_an_erp_item_names_its_line_over_the_items_own_number()
    {
        const string body = """
            LN  PRODUCT          DESCRIPTION        QTY UM      PRICE PER
            --- ---------------- ---------------- ----- --- ---------- ----
            001 VND-X200-B       BRACKET ALU         50 EA      11.000 EA
                CUST PROD: XYZ-200
            002 VND-A100         WIDGET STEEL      1000 EA       2.400 EA
                CUST PROD: ABC-100
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
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
    [InlineData("scr m4x10   $31/M   stock", 3, 0.031)]
    [InlineData("spr c0630 - $.07, 3-4 wk", 5, 0.07)]
    public void A_part_number_written_without_its_last_segment_names_its_line(string body, int lineNumber, double price)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts()).Lines.SingleOrDefault(l => l.LineNumber == lineNumber);

        Assert.Equal((decimal)price, line?.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("SCR-M4X10-A4 $31/M stock")] // another last segment is another part
    [InlineData("scr m4x10 a4 $31/M stock")]
    public void A_part_number_with_another_last_segment_names_no_line(string body)
    {
        Assert.DoesNotContain(_parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts()).Lines, l => l.LineNumber == 3 && l.UnitPrice is not null);
    }

    [Fact]
    public void A_line_naming_other_lines_by_description_under_a_list_of_part_numbers_is_an_item_of_its_own()
    {
        var body = "gsk epdm80   $.19   4wk\r\nscr m4x10   $31/M   stock\r\ncable + plate n/q";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 4).NoBid);
        Assert.Equal(0, quote.Lines.Single(l => l.LineNumber == 3).LeadTimeDays);
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

    [Theory]
    [InlineData("Cabel: sorry, we dont sell cabel.", 2)]
    [InlineData("Scerws - no quote, not our line.", 3)]
    [InlineData("O-Ringe: leider kein Angebot.", 1)]
    public void A_description_word_misspelt_by_a_swap_or_in_a_german_plural_names_its_line(string sentence, int declined)
    {
        var rfq = TestRfq.ShortParts() with
        {
            Lines = [.. TestRfq.ShortParts().Lines.Select(l => l.LineNumber == 1 ? l with { Description = "O-ring 12 x 2, EPDM" } : l)],
        };

        var quote = _parser.Parse(TestRfq.Mail("text/plain", "PLT-0915-R2: $44.10 each, 6 weeks.\r\n\r\n" + sentence), rfq);

        Assert.True(quote.Lines.Single(l => l.LineNumber == declined).NoBid, sentence);
        Assert.Equal(44.10m, quote.Lines.Single(l => l.LineNumber == 4).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("from")] // four letters: "form" stays another word
    [InlineData("ablre")] // one swap from "balre" on line 1 and from "abler" on line 2
    [InlineData("woodsy")] // neither a swap nor a German plural ending
    public void A_word_too_short_or_as_close_to_two_lines_or_otherwise_misspelt_names_no_line(string word)
    {
        var rfq = TestRfq.Create() with
        {
            Lines =
            [
                new RfqLine(1, "AAA-100", "Balre twine, form A", 10, UnitOfMeasure.Each, null),
                new RfqLine(2, "BBB-200", "Abler wood block", 10, UnitOfMeasure.Each, null),
            ],
        };

        Assert.Empty(new LineMatcher(rfq).FindDescriptions($"About the {word}: no quote."));
    }

    [Theory]
    [InlineData("Itens 2 e 4 (cabo e placa): não cotamos.")]
    [InlineData("Pentru pozițiile 2 și 4 nu putem oferta.")]
    [InlineData("Pos. 2 og 4 kan vi desværre ikke tilbyde.")]
    [InlineData("Položky 2 a 4 (nakupované díly) nenabízíme.")]
    public void Line_lists_in_other_languages_decline_each_line(string sentence)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "GSK-EPDM-80: R$ 0,94\r\nSCR-M4X10-A2: R$ 0,05\r\n" + sentence), TestRfq.ShortParts());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid, sentence);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 4).NoBid, sentence);
    }

    [Fact]
    public void An_ordinal_in_an_address_is_no_quantity()
    {
        var body = "XYZ-200: we suggest our model instead. Unit price: EUR 38.50/pc, L/T 30 days.\r\n\r\nThanks and best regards\r\nNo. 36, Gongye 21st Rd., Taichung";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_part_number_with_two_neighbouring_characters_swapped_names_its_line_when_no_other_is_as_close()
    {
        var body = "GSK-EPMD-80     5000    .191 ea    4 wk\r\nCBL4C22-PUR     1500m   1.38/m     2 wk\r\nPTL-0915-R2     120     44.10 ea   7 wk";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.Equal(0.191m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(1.38m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Equal(44.10m, quote.Lines.Single(l => l.LineNumber == 4).UnitPrice?.Amount);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 4).AlternatePartNumber);
    }

    [Fact]
    public void Line_numbers_listed_with_commas_and_no_spaces_are_each_a_line()
    {
        var body = "Item 1: GSK-EPDM-80 USD0.17/pc, 4 weeks.\nItem 2,3,4: sorry, these items we don't produce.\nItem 5: SPR-C0630-302 USD0.07/pc, 3 weeks.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.Equal([2, 3, 4], quote.Lines.Where(l => l.NoBid).Select(l => l.LineNumber));
        Assert.Equal(0.07m, quote.Lines.Single(l => l.LineNumber == 5).UnitPrice?.Amount);
    }
}
