using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Tables are read whatever their layout: headers by meaning, across, under group headers, aligned with no-break spaces.</summary>
public class TableLayoutTests
{
    private readonly QuoteParser _parser = new();

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
    public void An_export_without_a_header_row_takes_the_columns_the_mail_names_in_order()
    {
        var text = "The file has no header line; its columns are:\r\n\r\n  RFQ line ; your part number ; quantity ; unit price in CAD ; lead time in weeks\r\n";
        var csv = "1;ABC-100;1000;2,45;3\r\n2;XYZ-200;60;11,00;0\r\n"u8.ToArray();

        var quote = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment(text, "export.csv", "text/csv", csv)), TestRfq.Create());

        var first = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal((2.45m, CurrencyCode.Parse("CAD")), (first.UnitPrice?.Amount, first.UnitPrice?.Currency));
        Assert.Equal(21, first.LeadTimeDays);
        Assert.Equal(60m, quote.Lines.Single(l => l.LineNumber == 2).Quantity);
    }

    [Fact]
    public void Spanish_and_portuguese_headers_name_the_line_part_unit_and_price_unit()
    {
        const string spanish = "<table><tr><th>Partida</th><th>No. de parte</th><th>Cantidad</th><th>Precio unitario</th><th>Unidad</th><th>Entrega</th></tr>"
            + "<tr><td>1</td><td>ABC-100</td><td>40 sacos</td><td>USD 61.25</td><td>saco de 25 kg</td><td>3 semanas</td></tr></table>";
        const string portuguese = "<table><tr><th>Item</th><th>Código</th><th>Qtde</th><th>Preço unitário</th><th>Unidade de preço</th></tr>"
            + "<tr><td>1</td><td>ABC-100</td><td>1.000 pç</td><td>R$ 245,00</td><td>o cento (100 pç)</td></tr></table>";
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "ABC-100", "Resin", 1000, UnitOfMeasure.Parse("KG"), new DateOnly(2026, 8, 1))] };

        var bags = _parser.Parse(TestRfq.Mail("text/html; charset=utf-8", spanish), rfq).Lines.Single();
        var hundreds = _parser.Parse(TestRfq.Mail("text/html; charset=utf-8", portuguese), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal((2.45m, 21, (decimal?)null), (bags.UnitPrice?.Amount, bags.LeadTimeDays, bags.Quantity));
        Assert.Equal(2.45m, hundreds.UnitPrice?.Amount);
    }

    [Fact]
    public void A_break_row_with_its_items_description_wrapped_onto_it_is_a_tier_and_no_quantity()
    {
        const string body = "Item\tPart No.\tDescription\tQty Break\tPrice\tPer\tLead Time\r\n1\tABC-100\tWidget, steel\t500 - 999\t$2.60\tEA\t3 wks\r\n\t\tzinc plated\t1,000 - 4,999\t$2.45\tEA\t\r\n\t\t\t5,000 +\t$2.30\tEA\t\r\nAll prices in USD.\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
        Assert.Equal([500m, 5000m], line.PriceBreaks.Select(b => b.MinQuantity).Order());
    }

    [Fact]
    public void Break_columns_written_as_tiers_make_a_table_beside_a_column_of_the_buyers_quantity()
    {
        const string body = "Part No.        Your Qty    500+      1K+       5K+       Lead time\r\nABC-100         1,000       $2.60     $2.45     $2.30     stock\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(0, line.LeadTimeDays);
    }

    [Fact]
    public void A_row_of_bracketed_units_under_the_header_completes_the_columns_it_sits_under()
    {
        const string body = "Item  Part No.   Description        Q'ty        Unit Price        Amount\r\n                                                 (USD/1000pcs)     (USD)\r\n1     ABC-100    Widget, steel      1,000pcs    2,450.00          2,450.00\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_swedish_price_unit_column_sizes_the_price()
    {
        const string body = "<table><tr><th>Pos</th><th>Artikelnummer</th><th>Antal</th><th>Pris EUR</th><th>Prisenhet</th></tr><tr><td>1</td><td>ABC-100</td><td>1 000 st</td><td>2 450,00</td><td>per 1 000 st</td></tr></table>";

        var line = _parser.Parse(TestRfq.Mail("text/html; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void Tier_columns_headed_by_quantities_are_no_quoted_quantity()
    {
        const string body = "Part No.\tYour P/N\tMaterial\t50 pcs\t500 pcs\t5000 pcs\tLead time\r\nW-1\tABC-100\tsteel\t$2.60\t$2.45\t$2.30\t3 weeks\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal((2.45m, (decimal?)null), (line.UnitPrice?.Amount, line.Quantity));
    }

    [Theory]
    [InlineData("Pos.\tTeile-Nr.\tMenge\tPreis EUR\tPreis je\r\n1\tABC-100\t1.000 Stück\t245,00\t100 Stück\r\n")]
    [InlineData("Pos.\tCodice\tQuantità\tPrezzo\tPrezzo per\r\n1\tABC-100\t1.000 pezzi\t245,00\t100 pezzi\r\n")]
    public void A_price_per_column_sizes_the_price(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_makers_name_in_an_offered_part_cell_is_not_part_of_the_number()
    {
        const string body = "Line | Your part | Offered part | Qty | Price\r\n2 | XYZ-200 | HTB 77-200/C3 | 50 | 10.40\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("77-200/C3", line.AlternatePartNumber);
    }

    [Fact]
    public void An_unnamed_column_of_price_unit_codes_beside_the_price_sizes_it()
    {
        const string body = "LN  ITEM      QTY   UM  PRICE    PU   DELIVERY\r\n--  --------  ----  --  -------  ---  --------\r\n 1  ABC-100   1000  EA   245.00  C    STOCK\r\n 2  XYZ-200     50  EA    11.00  EA   2 WKS\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_sentence_in_the_offered_part_cell_gives_the_part_it_offers()
    {
        const string body = "Line | Your part | Offered item | Qty | Price\r\n2 | XYZ-200 | Not in our range; we offer the equivalent Camozzi bracket 61M2-77-B (zinc plated) | 50 | 10.40\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal("61M2-77-B", line.AlternatePartNumber);
    }

    [Fact]
    public void A_lot_price_column_buys_the_rows_lot_quantity()
    {
        var body = "Part number,Lot qty,Lot price,Lead time\r\nABC-100,\"1,000 pcs\",\"$2,450.00\",3 weeks\r\nXYZ-200,50 pcs,$550.00,stock";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_pack_cell_sizes_the_rows_price_per_pack_and_a_row_uses_whichever_price_column_it_fills()
    {
        var body = "Part;Aantal;Verpakking;Prijs per verp. EUR;Prijs per stuk EUR;Bedrag EUR\r\nABC-100;1000;zak 25 st;61,25;;2450,00\r\nXYZ-200;50;stuk;;11,00;550,00";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Part,Qty,Sold per,Price (CAD),Amount (CAD)\r\nABC-100,1000,box of 100,245.00,2450.00")]
    [InlineData("Part,Qty,pcs/box,Price/box,Amount\r\nABC-100,1000,100,245.00,2450.00")]
    [InlineData("Part,Qty,List,Net (after 5% disc.),Ext. net\r\nABC-100,1000,2.58,2.45,2450.00")]
    public void The_price_column_and_what_it_buys_are_read_from_the_columns_beside_it(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_total_length_column_is_the_quantity()
    {
        var rfq = TestRfq.ShortParts();
        var body = "Part no.,Drums,Metres per drum,Total metres,Price per drum (GBP),Line value (GBP)\r\nCBL-4C22-PUR,5,305,1525,411.75,2058.75";

        var line = _parser.Parse(TestRfq.Mail("text/csv", body), rfq).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1525m, line.Quantity);
        Assert.Equal(1.35m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void Tier_columns_under_a_spanning_price_header_are_read_with_its_basis()
    {
        var body = "<table><tr><th rowspan=\"2\">Part No.</th><th rowspan=\"2\">Q'ty</th><th colspan=\"3\">Unit Price (US$ / 1,000 pcs)</th><th rowspan=\"2\">Delivery</th></tr>"
            + "<tr><th>500 - 999 pcs</th><th>1K - 4.9K pcs</th><th>5K pcs up</th></tr><tr><td>ABC-100</td><td>1,000 pcs</td><td>2600.00</td><td>2450.00</td><td>2300.00</td><td>25~30 days</td></tr></table>";

        var line = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal([500m, 5000m], line.PriceBreaks.Select(b => b.MinQuantity));
    }

    [Fact]
    public void Tiers_in_metres_under_a_staffel_group_header_are_read()
    {
        var body = "<table><tr><th rowspan=\"2\">Artikel</th><th rowspan=\"2\">Menge</th><th colspan=\"3\">Staffelpreise CHF/m</th></tr>"
            + "<tr><th>ab 305 m</th><th>ab 1'000 m</th><th>ab 3'050 m</th></tr><tr><td>CBL-4C22-PUR</td><td>1'500 m</td><td>1.78</td><td>1.64</td><td>1.51</td></tr></table>";

        var line = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1.64m, line.UnitPrice?.Amount);
        Assert.Equal("CHF", line.UnitPrice?.Currency.ToString());
    }

    [Fact]
    public void A_domestic_price_with_tax_beside_the_export_price_is_not_the_offer()
    {
        var body = "Item,Your P/N,Qty,Domestic price RMB (incl. 13% VAT),Export price USD (FOB Shanghai)\r\n1,ABC-100,1000,19.80,2.45";

        var line = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal("USD", line.UnitPrice?.Currency.ToString());
    }

    [Fact]
    public void Of_two_quantity_columns_the_one_counting_packages_is_no_quantity()
    {
        var body = "Part No.,Packing,Q'ty (roll),Q'ty (m),Unit Price (USD/roll)\r\nCBL-4C22-PUR,305m/roll,5,1525,411.75";

        var line = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1525m, line.Quantity);
        Assert.Equal(1.35m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_charge_under_the_subtotal_continues_no_line()
    {
        var body = "Part            Qty          Unit        Extended\r\nABC-100         1,000 pcs    $2.45       $2,450.00\r\nXYZ-200         50 pcs       $11.00      $550.00\r\n                             Subtotal    $3,000.00\r\n  Freight, est. (prepaid & add)          $165.00";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(11.00m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("DeliveryWorkingDays", 21)]
    [InlineData("LeadTimeWeeks", 105)]
    [InlineData("LeadTimeDays", 15)]
    public void An_export_field_name_in_one_word_says_what_a_bare_lead_time_counts(string header, int days)
    {
        var body = $"Part number;Qty;Price;{header}\r\nABC-100;1000;2,45;15\r\nXYZ-200;50;11,00;0";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(days, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void Numbered_break_quantity_and_price_columns_are_a_ladder_per_row()
    {
        var body = "Part number,Your qty,Break 1 qty,Break 1 price,Break 2 qty,Break 2 price,Lead time\r\nABC-100,1000,500,2.60,1000,2.45,3 weeks\r\nXYZ-200,50,10,12.00,100,10.50,stock";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Quantity);
        Assert.Equal(12.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_charge_row_for_a_part_is_a_note_and_leaves_the_parts_price_alone()
    {
        var body = "Item,Description,Qty,Rate,Amount\r\nABC-100,Widget,1000,2.45,2450.00\r\nXYZ-200,Bracket,50,11.00,550.00\r\nTOOL-DIE,Steel rule die for ABC-100 (one-time charge),1,240.00,240.00";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.Detail.Contains("die", StringComparison.Ordinal));
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
    public void A_group_header_above_the_row_naming_the_columns_is_read_with_it()
    {
        var body = "Part number,Quantity,,Price (USD),,Lead time\r\n,Qty,UoM,Unit,Extended,weeks\r\nABC-100,1000,EA,2.45,2450,3\r\nXYZ-200,50,EA,11.00,550,5";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(35, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
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
    public void A_basis_column_divides_each_rows_price_by_what_it_buys()
    {
        const string body = "<table><tr><th>Part</th><th>Your qty</th><th>Price</th><th>Basis</th></tr>"
            + "<tr><td>ABC-100</td><td>1,000 pcs</td><td>$240.00</td><td>per C</td></tr>"
            + "<tr><td>XYZ-200</td><td>50 pcs (25 pairs)</td><td>$22.00</td><td>per pair</td></tr></table>";

        var quote = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create());

        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_ladder_set_apart_under_the_part_it_prices_is_read_down_or_across()
    {
        const string body = "Part,Description,Qty,Unit price (USD),Price per,Lead time,Remark\r\n"
            + "ABC-100,Widget,1000,see breaks,,3 wks,\r\n"
            + "XYZ-200,Bracket,50,see breaks,pack of 10,stock,MOQ 2 packs\r\n"
            + ",,,,,,\r\n"
            + "ABC-100,Qty from (thousands),USD per 1000,,,,\r\n"
            + ",1,2410.00,,,,\r\n"
            + ",5,2200.00,,,,\r\n"
            + ",10,2050.00,,,,\r\n"
            + ",,,,,,\r\n"
            + "XYZ-200,USD per pack of 10,from 10 pcs,from 50 pcs,from 100 pcs,,\r\n"
            + ",,118.00,110.00,104.00,,\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        var widget = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.41m, widget.UnitPrice?.Amount);
        Assert.Equal([5000m, 10000m], widget.PriceBreaks.Select(b => b.MinQuantity));
        var bracket = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal(11.00m, bracket.UnitPrice?.Amount);
        Assert.Equal(20m, bracket.Moq);
    }

    [Fact]
    public void A_row_of_its_own_for_a_one_off_charge_is_a_note_not_a_line()
    {
        const string body = "No.\tItem No.\tDescription\tQuantity\tUnit\tUnit Price (USD)\r\n"
            + "1\tABC-100\tWidget, steel, die-cut\t1000\tPCS\t2.40\r\n"
            + "2\tXYZ-200\tBracket, aluminium\t50\tPCS\t11.00\r\n"
            + "3\t-\tCutting die for item 1 (one time)\t1\tSET\t260.00\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.Detail.Contains("Cutting die", StringComparison.Ordinal));
    }

    [Fact]
    public void A_price_still_to_come_is_no_decline()
    {
        const string body = "<table><tr><th>Part</th><th>Qty</th><th>Net price</th><th>Lead time</th></tr>"
            + "<tr><td>ABC-100</td><td>1000</td><td>$2.40</td><td>3 weeks</td></tr>"
            + "<tr><td>XYZ-200</td><td>50</td><td>TBD</td><td>&ndash;</td></tr></table>";

        var quote = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create());

        Assert.DoesNotContain(quote.Lines, l => l.LineNumber == 2 && l.NoBid);
        Assert.Contains(quote.Deviations, d => d.Kind == "missing-line" && d.LineNumber == 2);
    }

    [Fact]
    public void A_row_declining_under_every_quantity_column_is_a_no_bid()
    {
        const string csv = "Part Number,UOM,Qty 1-499,Qty 500-999,Qty 1000+,Lead Time\r\nABC-100,EA,2.60,2.45,2.30,3 weeks\r\nXYZ-200,EA,N/Q,N/Q,N/Q,";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create());

        Assert.Equal(2.30m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void Columns_typed_in_a_proportional_font_are_read_in_the_headers_order_when_each_row_has_one_cell_per_column()
    {
        const string body = "Pos.   Part no.          Qty        EUR/pc        Delivery\r\n"
            + "1       ABC-100          1.000      2,40           stock\r\n"
            + "2      XYZ-200       50          11,50         5 weeks\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        var line = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal(11.50m, line.UnitPrice?.Amount);
        Assert.Equal(35, line.LeadTimeDays);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void Break_quantities_and_prices_in_numbered_column_pairs_are_a_ladder()
    {
        const string csv = "Line,Item,Qty,UM,Brk Qty 1,Price 1,Brk Qty 2,Price 2,Brk Qty 3,Price 3\r\n"
            + "1,ABC-100,1000,EA,1,2.60,500,2.45,5000,2.10\r\n2,XYZ-200,50,EA,1,11.00,100,10.40,,";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void Break_rows_under_a_break_column_keep_the_basis_their_per_column_gives()
    {
        const string csv = "Ln;Part No.;Qty;Break;Unit Price;Per;Lead Time\r\n"
            + "1;ABC-100;1000;100+;$2,600;M;2 wks\r\n;;;1000+;$2,450;M;\r\n;;;5000+;$2,100;M;\r\n"
            + "2;XYZ-200;50;1-49;$11.00;ea;3 wks\r\n;;;50+;$10.40;ea;";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(10.40m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Part;Qty;100+;500+;1.000+", "ABC-100;1000;2,60;2,45;2,30", 2.30)]
    [InlineData("Part;Qty;Price EUR @ 100;Price EUR @ 500;Price EUR @ 2000", "ABC-100;1000;2,60;2,45;2,30", 2.45)]
    public void Tier_headers_with_grouped_thousands_or_a_currency_are_read(string header, string row, double price)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/csv", header + "\r\n" + row), TestRfq.Create());

        Assert.Equal((decimal)price, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Part,Qty req.,Qty quoted,Unit price\r\nABC-100,1000,1200,2.45")]
    [InlineData("Ref. cliente;Cantidad solicitada;Cantidad ofertada;Precio EUR\r\nABC-100;1.000;1.200;2,45")]
    public void The_quoted_quantity_column_wins_over_the_requested_one_named_in_either_order_or_in_spanish(string csv)
    {
        var line = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(1200m, line.Quantity);
        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Part No.;Qty;Net price USD;za / per\r\nABC-100;1000;245,00;100 szt.")]
    [InlineData("Ref.;Cantidad;Precio;Unidad de precio\r\nABC-100;1.000;2.450,00;1.000 uds")]
    public void A_price_unit_column_named_in_two_languages_or_in_spanish_divides_the_price(string csv)
    {
        Assert.Equal(2.45m, _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void An_erp_export_counting_in_thousands_with_its_expiry_in_a_column_is_read()
    {
        const string csv = "\"Order Reference\",\"Expiration\",\"Order Lines/Product\",\"Order Lines/Quantity\",\"Order Lines/Unit of Measure\",\"Order Lines/Unit Price\"\r\n"
            + "\"S00412\",\"2026-06-20\",\"[V-100] ABC-100 widget\",\"1.2\",\"1000 Units\",\"2450.00\"";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create());

        var line = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(1200m, line.Quantity);
        Assert.Equal(new DateOnly(2026, 6, 20), quote.ValidUntil);
    }

    [Fact]
    public void A_sentence_under_a_typed_table_declining_two_lines_declines_both()
    {
        const string body = "Part no.      Description       1k+      5k+      Lead time\r\n"
            + "-----------   ---------------   ------   ------   ---------\r\n"
            + "ABC-100       Widget, steel     2.60     2.45     4 wks\r\n"
            + "\r\nXYZ-200 and ABC-999: no quote, we dont carry brackets.\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.60m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void A_price_cell_with_a_later_tier_labelled_by_its_quantity_keeps_its_own_price()
    {
        const string body = "<table><tr><th>Part no.</th><th>Qty</th><th>Price EUR</th><th>Delivery</th></tr>"
            + "<tr><td>ABC-100</td><td>1000 pcs</td><td>2,45 / pc<br><small>(from 3000 pcs: 2,30 / pc)</small></td><td>9 weeks</td></tr>"
            + "<tr><td>XYZ-200</td><td>50 pcs</td><td>11,00 / pc</td><td>6 weeks</td></tr></table>";

        var line = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Contains(line.PriceBreaks, b => b.MinQuantity == 3000 && b.UnitPrice.Amount == 2.30m);
    }

    [Fact]
    public void A_sheet_row_declining_lines_by_number_declines_each_of_them()
    {
        const string csv = "Line;Item code;Description;Quantity;Price\r\n10;100447;Gasket GSK-EPDM-80;5000;0,18\r\n"
            + ";;Lines 2, 3 and 5 of your inquiry: no quotation - we do not stock them.;;";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.ShortParts());

        Assert.Equal(0.18m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.All(new[] { 2, 3, 5 }, n => Assert.True(quote.Lines.Single(l => l.LineNumber == n).NoBid));
    }

    [Fact]
    public void A_spanish_minimum_lot_and_an_abbreviated_quantity_header_are_read()
    {
        const string body = "Pos.;Referencia;Descripción;Cant.;Precio unit. (EUR);Importe (EUR);Plazo\r\n2;XYZ-200;Soporte;60;11,00;660,00;4 semanas\r\n\r\n"
            + "Lote mínimo: 60 uds. Modelo (pago único): 450,00 EUR.";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create());

        var line = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal(60m, line.Quantity);
        Assert.Equal(11.00m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void The_item_tables_header_wins_over_a_form_header_block_above_it_and_boxes_count_their_content()
    {
        const string csv = "Sales Quote;;;;;\r\nYour Reference;T-RFQ-1;;Shipment Method;FCA Grand Rapids;\r\nCurrency Code;USD;;;;\r\n;;;;;\r\n"
            + "No.;Item Reference No.;Quantity;Unit of Measure Code;Qty. per Unit of Measure;Unit Price Excl. Tax\r\n"
            + "40-1180;ABC-100;10;BOX;100;245.00\r\n52-4022;XYZ-200;50;PCS;1;11.00";

        var quote = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create());

        var widgets = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widgets.UnitPrice?.Amount);
        Assert.Null(widgets.Quantity);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Bag (500)")]
    [InlineData("Bag of 500")]
    [InlineData("Box (500 pcs)")]
    public void A_package_unit_stating_its_content_counts_and_prices_in_that_content(string unit)
    {
        var csv = $"Item;Quantity;Unit;Unit Price\r\nABC-100;2;{unit};1225.00\r\nXYZ-200;50;Piece;11.00";

        var line = _parser.Parse(TestRfq.Mail("text/csv", csv), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_net_each_column_beside_a_list_column_is_the_price()
    {
        const string body = "Item        Qty      List       Net ea     Avail\r\nABC-100     1,000    $6.45      $2.45      stock\r\nXYZ-200     50       $28.95     $11.00     stock\r\n";

        Assert.Equal(2.45m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }
}
