using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Lead times, minimums and validity are read for the lines they belong to.</summary>
public class LeadTimeAndTermsReadingTests
{
    private readonly QuoteParser _parser = new();

    [Theory]
    [InlineData("ABC-100: $2.45 each. We ship 500 pcs on June 16 and the other 500 on June 30.", 28)]
    [InlineData("ABC-100: $2.45 each. 500 in 2 weeks, the second 500 in 5 weeks.", 35)]
    [InlineData("ABC-100: $2.45 each, 600 pcs from stock, remaining 400 on July 2.", 30)]
    [InlineData("ABC-100: 2,45 EUR je Stück. Teillieferungen: 500 Stück bis 16.06.2026, restliche 500 Stück bis 07.07.2026.", 35)]
    public void A_line_delivered_in_parts_takes_the_days_until_its_last_part_and_no_lot_is_its_quantity(string body, int days)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body + "\r\nXYZ-200: $11.00 each, 2 weeks."), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(days, line.LeadTimeDays);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void The_rest_declined_after_a_lines_lead_time_is_no_later_delivery()
    {
        var body = "Nora - XYZ-200 $11.00 ea 4 wks. no bid on the rest. FOB Elgin IL, good 30 days.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(28, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 1).NoBid);
    }

    [Theory]
    [InlineData("Prazo de entrega: 30 dias úteis\r\nCondição de entrega: CFR Houston. Pagamento: 30/60 dias DDL.")]
    [InlineData("Plazo de entrega: 30 días hábiles\r\nEntrega FOB Laredo. Pago: 60 días fecha factura.")]
    [InlineData("Termin dostawy: 30 dni roboczych\r\nDostawa FCA Poznań, płatność 60 dni.")]
    public void Days_to_pay_in_other_languages_are_no_lead_time(string terms)
    {
        var body = "ABC-100: R$ 24,90\r\n" + terms;

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(42, line.LeadTimeDays);
    }

    [Fact]
    public void A_minimum_for_every_item_is_each_lines_minimum()
    {
        var body = "ABC-100   1000 pcs   $2.45\r\nXYZ-200   50 pcs   $11.00\r\n\r\nRemark:\r\n1. MOQ: 5,000 pcs per item.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.All(quote.Lines, l => Assert.Equal(5000m, l.Moq));
    }

    [Theory]
    [InlineData("Nabídka je na 50 ks - minimální licí série je 50 ks.")]
    [InlineData("Mindestabnahme je Abguss-Serie: 50 Stück")]
    [InlineData("Uwaga: minimalna ilość zamówienia dla tego węża wynosi 50 szt.")]
    [InlineData("Cantidad mínima de fabricación: 50 unidades por lote")]
    [InlineData("Quantité minimum : 50 pièces")]
    [InlineData("Minste ordrekvantum: 50 stk")]
    [InlineData("Minimum order quantity on the die-cut bracket is 50 pcs (one tool run).")]
    public void A_minimum_casting_run_in_czech_or_german_is_the_minimum(string minimum)
    {
        var body = "Pol. 2  XYZ-200  skříň\r\n        " + minimum + "\r\n        Cena: 11,00 EUR/ks";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(50m, line.Moq);
    }

    [Fact]
    public void A_quantity_written_as_a_sum_is_its_total()
    {
        var body = "ABC-100: $2.45 each, packed in cartons (4 full cartons + one 200 pcs carton = 1000 pcs), 3 weeks.\r\nXYZ-200: $11.00 each.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Null(line.Quantity);
        Assert.Equal(21, line.LeadTimeDays);
    }

    [Fact]
    public void An_item_whose_points_are_bullets_set_under_it_keeps_them()
    {
        var body = "\u25A0  ABC-100  Steel widget\r\n  - Price : USD 2.45/pc\r\n  - Delivery : 3 weeks\r\n\r\n\u25A0  XYZ-200  Bracket\r\n  - Price : USD 11.00/pc\r\n  - Delivery : 6~7 weeks";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(49, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("The factory quotes FCA Chicago, but as their agent we deliver DAP Bielefeld at the same prices.", "DAP")]
    [InlineData("Terms EXW Pune; however we can ship CIF Hamburg.", "EXW")]
    [InlineData("Our stock here is sold out, so we can no longer offer FCA Houston. Terms: CIF Houston.", "CIF")]
    public void An_incoterm_after_but_in_the_same_sentence_replaces_the_one_before(string sentence, string code)
    {
        Assert.Equal(code, Purchaser.Quotes.Text.Incoterms.Find(sentence)?.Code);
    }

    [Fact]
    public void A_validity_extended_after_but_is_the_later_date()
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.45 each.\r\nXYZ-200: $11.00 each.\r\nValidity: the offer says 30 days, but the factory holds these prices until\r\nAugust 31, 2026."), TestRfq.Create());

        Assert.Equal(new DateOnly(2026, 8, 31), quote.ValidUntil);
    }

    [Fact]
    public void A_lead_time_stated_instead_of_another_outranks_the_one_beside_the_price()
    {
        var body = "Update: the factory can do the widgets in 6 weeks, not the 8 weeks below.\r\n\r\nABC-100: $2.45 each, 8 weeks.\r\nXYZ-200: $11.00 each, 2 weeks.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(42, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
    }

    [Fact]
    public void A_minimum_stated_for_a_line_named_by_description_beside_declines_of_others_is_that_lines()
    {
        var body = "ABC-100: $2.45 each, 3 weeks.\r\n\r\nMinimum batch quantity for the bracket is 80 pcs per run.\r\nWe cannot do line 3, so that one is a no-quote.\r\nXYZ-200: $11.00 each.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(80m, quote.Lines.Single(l => l.LineNumber == 2).Moq);
    }

    [Fact]
    public void A_charge_in_rupees_written_rs_dot_is_a_note_of_its_line()
    {
        var body = "ABC-100: Rs. 204.00 each, 3 weeks.\r\nXYZ-200: Rs. 915.00 each.\r\n\r\nOne time die cost for the widget: Rs. 18,500.00 (payable along with PO).";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.LineNumber == 1);
        Assert.Equal(204m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void A_japanese_validity_to_the_end_of_a_month_is_its_last_day()
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: JPY 380/個\r\nXYZ-200: JPY 1,650/個\r\n見積有効期限: 2026年7月末日 (end of July 2026)"), TestRfq.Create());

        Assert.Equal(new DateOnly(2026, 7, 31), quote.ValidUntil);
    }

    [Fact]
    public void A_pallets_size_in_brackets_is_not_the_quantity_quoted()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "RES-1", "Resin PA66 GF30", 2500, UnitOfMeasure.Parse("KG"), null)] };
        var body = "Item 1: RES-1\r\n  Packing: 25kg/bag, 40 bags/pallet (1,000kg)\r\n  Quantity: 3,000kg (3 full pallets)\r\n  Unit price: USD 3.25/kg";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(3000m, line.Quantity);
    }

    [Fact]
    public void Prices_held_until_a_date_are_valid_until_it()
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.45 each.\r\nXYZ-200: $11.00 each.\r\nPrices held until June 30, 2026."), TestRfq.Create());

        Assert.Equal(new DateOnly(2026, 6, 30), quote.ValidUntil);
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

    [Theory]
    [InlineData("Pos. 1 ABC-100 : 2,45 € la pièce, délai 3 semaines.\r\n\r\nQuantité minimale de commande : 2000 pièces.")]
    [InlineData("ABC-100: € 2,45 cad., consegna 3 weeks.\r\n\r\nLotto minimo di produzione: 2000 pezzi.")]
    public void A_minimum_order_stated_apart_from_the_only_line_quoted_is_that_lines(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2000m, line.Moq);
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
    [InlineData("LT (wks)", "2-3", 21)]
    [InlineData("Lead time (weeks)", "4 – 6", 42)]
    [InlineData("Lead time (working days)", "10 to 15", 21)]
    public void A_bare_number_under_a_lead_time_header_counts_in_the_headers_unit(string header, object cell, int days)
    {
        var body = $"Part number;Unit price;{header}\r\nABC-100;2.45;{cell}\r\nXYZ-200;11.00;1";

        Assert.Equal(days, _parser.Parse(TestRfq.Mail("text/csv", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
    }

    [Fact]
    public void A_split_delivery_is_complete_when_its_balance_arrives_and_its_first_part_is_no_quoted_quantity()
    {
        var body = "ABC-100   $2.45 each   600 pcs from stock, balance of 400 pcs in 3 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(21, line.LeadTimeDays);
        Assert.Null(line.Quantity);
    }

    [Theory]
    [InlineData("Minimum order quantity for the bracket: 100 pcs.")]
    [InlineData("Please note our minimum order quantity on this bracket is 100 pcs (one batch).")]
    public void A_minimum_order_quantity_for_a_line_named_by_description_is_its_moq(string sentence)
    {
        var body = "ABC-100   USD 2.45 each   3 weeks\r\nXYZ-200   USD 11.00 each  stock\r\n\r\n" + sentence;

        Assert.Equal(100m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2).Moq);
    }

    [Fact]
    public void A_body_amending_the_attachments_lead_time_replaces_it()
    {
        var pdf = TestPdf.Text(["Part | Qty | Unit Price | Lead Time", "ABC-100 | 1000 | $2.45 | 3 weeks", "XYZ-200 | 50 | $11.00 | stock"]);
        var text = "Angebot anbei. Abweichend von der Tabelle beträgt die Lieferzeit für ABC-100 inzwischen 8 Wochen.";

        var quote = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=b", TestRfq.Attachment(text, "q.pdf", "application/pdf", pdf)), TestRfq.Create());

        Assert.Equal(56, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(0, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void A_delivery_time_within_days_of_the_deposit_is_every_lines_lead_time_and_a_minimal_order_for_a_position_its_minimum()
    {
        var body = "ABC-100 | 1000 | USD 2.40\nXYZ-200 | 50 | USD 11.00\n\nMinimal order quantity for pos. 2: 100 pcs.\n\nTerms and conditions:\n1. Delivery time: within 30 days after receipt of deposit\n2. Payment term: T/T 30% deposit";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.All(quote.Lines, l => Assert.Equal(30, l.LeadTimeDays));
        Assert.Equal(100m, quote.Lines.Single(l => l.LineNumber == 2).Moq);
    }

    [Theory]
    [InlineData("7/17", "2026-06-02", 45)]
    [InlineData("17.07.", "2026-06-02", 45)]
    [InlineData("1/15", "2026-06-02", 227)]
    public void A_ship_date_cell_without_a_year_counts_from_the_date_header_to_its_next_such_day(string cell, string sent, int days)
    {
        var from = DateOnly.Parse(sent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(days, Purchaser.Quotes.Text.DateParser.MonthDayCell(cell, from)!.Value.DayNumber - from.DayNumber);
    }

    [Theory]
    [InlineData("3/4 weeks")]
    [InlineData("13/13")]
    [InlineData("stock")]
    public void A_cell_that_is_not_a_bare_day_and_month_is_no_ship_date(string cell) =>
        Assert.Null(Purchaser.Quotes.Text.DateParser.MonthDayCell(cell, new DateOnly(2026, 6, 2)));

    [Fact]
    public void An_italian_minimum_lot_raises_the_quoted_quantity_counted_in_kits()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "KIT-10", "Seal kit", 150, UnitOfMeasure.Parse("SET", null), new DateOnly(2026, 9, 1))] };
        var body = "Pos. 1 - KIT-10 - kit guarnizioni\r\n   Quantità offerta: 200 kit (lotto minimo di produzione 200 kit; richiesti 150)\r\n   Prezzo: 24,60 € / kit\r\n   Consegna: 5-6 settimane";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(200m, line.Quantity);
        Assert.Equal(24.60m, line.UnitPrice?.Amount);
        Assert.Equal(42, line.LeadTimeDays);
    }

    [Fact]
    public void The_production_lead_time_wins_over_the_samples_and_a_sample_count_is_no_quantity()
    {
        var body = "Item: ABC-100 widget\r\nUnit price: USD 2.45/pc\r\nLead time: samples 2 wks, production 6 wks after PO\r\nSample charge: USD 45.00 one time (20 pcs samples)\r\n\r\nXYZ-200: $11.00 each, 3 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(42, line.LeadTimeDays);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_price_run_into_an_empty_lead_time_column_still_gives_its_lead_time()
    {
        var body = "Item  Part number   Qty          Price (USD)            Lead time\r\n"
            + "1     ABC-100       1,000 pcs    USD 2.45 ea            4 weeks\r\n"
            + "2     XYZ-200       50 pcs       USD 1100.00 per hundred from stock (Monterrey)\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(11.00m, line.UnitPrice?.Amount);
        Assert.Equal(0, line.LeadTimeDays);
    }

    [Fact]
    public void Danish_break_rows_in_sets_and_a_delivery_date_are_read()
    {
        var body = "Pos. 2  XYZ-200  Beslag\r\n    Staffelpriser pr. s\u00e6t:\r\n       fra 25 s\u00e6t    12,00 EUR\r\n       fra 50 s\u00e6t    10,50 EUR\r\n    Levering: 21.08.2026\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(10.50m, line.UnitPrice!.Value.Amount);
        Assert.Equal(80, line.LeadTimeDays); // 2 June to 21 August 2026
    }

    [Theory]
    [InlineData("\r\n\r\n")]
    [InlineData("\r\n")]
    public void A_minimum_in_its_own_paragraph_under_one_lines_ladder_is_that_lines(string underHeading)
    {
        var body = "ABC-100: 2,40 EUR, 3 semaines.\r\n\r\nPrix dégressifs pour XYZ-200 :" + underHeading + "- de 25 à 49 pièces : 12,00 EUR\r\n- 50 pièces et plus : 10,50 EUR\r\n\r\nQuantité minimum : 25 pièces.\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create());

        var laddered = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal((10.50m, 25m), (laddered.UnitPrice?.Amount, laddered.Moq));
        Assert.Equal(12.00m, Assert.Single(laddered.PriceBreaks, b => b.MinQuantity == 25).UnitPrice.Amount);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Moq);
    }

    [Theory]
    [InlineData("XYZ-200 bracket: $11.00 each, delivery w/c 13 July (13-17 July).", 45)]
    [InlineData("XYZ-200 bracket: $11.00 each, delivery week commencing 13 July.", 45)]
    public void A_week_named_by_its_first_day_is_delivered_by_its_friday(string body, int days)
    {
        Assert.Equal(days, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
    }

    [Theory]
    [InlineData("ABC-100 resin\r\n   Price: $4.35/kg\r\n   Qty: 2,500 kg = 100 bags of 25 kg\r\n   Minimum order: one pallet, 40 bags = 1,000 kg\r\n", null)]
    [InlineData("ABC-100 resin $4.35/kg\r\nYour 2,500 kg ships as 3 pallets = 3,000 kg.\r\nMinimum order: one full pallet (1,000 kg).\r\n", 3000)]
    public void A_minimum_of_one_package_with_its_weight_is_the_minimum_and_no_quantity(string body, int? quantity)
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "ABC-100", "Resin", 2500, UnitOfMeasure.Parse("KG"), new DateOnly(2026, 8, 1))] };

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(1000m, line.Moq);
        Assert.Equal((decimal?)quantity, line.Quantity);
    }

    [Theory]
    [InlineData("ABC-100  Poliamid 66, czarny, worki 25 kg\r\n   Cena: 3,42 EUR/kg\r\n")]
    [InlineData("ABC-100  PA66 resin, black, bags 25 kg\r\n   Price: 3.42 EUR/kg\r\n")]
    public void The_size_of_a_bag_after_the_bag_is_no_quantity(string body)
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "ABC-100", "Resin", 2500, UnitOfMeasure.Parse("KG"), new DateOnly(2026, 8, 1))] };

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), rfq).Lines.Single();

        Assert.Equal(3.42m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_remainder_to_be_quoted_separately_is_no_later_delivery_and_the_part_quoted_is_the_quantity()
    {
        const string body = "ABC-100 widget\r\n  Price: $2.45 each\r\n  We can quote 600 pcs of the 1,000 for delivery in 3 weeks.\r\n  The remaining 400 we would be happy to quote separately.\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal((600m, 21), (line.Quantity, line.LeadTimeDays));
    }

    [Fact]
    public void A_packing_unit_label_in_danish_sizes_a_package_and_is_no_quantity()
    {
        const string body = "Pos. 1   ABC-100   Forskruning\r\n         Pris: 2,45 EUR pr. stk.\r\n         Pakningsenhed: 25 stk. (1.000 stk. = 40 poser)\r\n         Leveringstid: fra lager\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal((2.45m, (decimal?)null, 0), (line.UnitPrice?.Amount, line.Quantity, line.LeadTimeDays));
    }

    [Fact]
    public void A_quantity_quoted_in_full_bars_is_the_quantity()
    {
        const string body = "XYZ-200 bracket\r\n  We cut these from 6 m bars and only run full bars, so we quote 56 off (4 bars).\r\n  Price: $11.00 each\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(56m, line.Quantity);
    }
}
