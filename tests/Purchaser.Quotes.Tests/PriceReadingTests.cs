using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Prices become the price of one RFQ unit: tiers, nets, discounts, totals, packs, cents and corrections.</summary>
public class PriceReadingTests
{
    private readonly QuoteParser _parser = new();

    [Theory]
    [InlineData("ABC-100 widgets\r\n   Staffelpreise je 100 Stück (netto, zzgl. MwSt.):\r\n      ab    500 Stück   260,00 €\r\n      ab  1.000 Stück   245,00 €\r\n")]
    [InlineData("ABC-100 widgets, price breaks per 100 pcs:\r\n   500+ pcs   EUR 260.00\r\n   1,000+ pcs   EUR 245.00\r\n")]
    public void A_ladders_label_sizes_its_rows_prices(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(2.60m, Assert.Single(line.PriceBreaks).UnitPrice.Amount);
    }

    [Fact]
    public void A_basis_after_the_currency_code_that_follows_a_symbol_still_sizes_the_price()
    {
        const string body = "Partida  No. de parte     Cantidad      Precio\r\n3        SCR-M4X10-A2     20,000 pzas   $58.00 MXN por cada 100 pzas\r\n4        PLT-0915-R2      120 pzas      $812.50 MXN c/u";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        Assert.Equal(0.58m, quote.Lines.Single(l => l.LineNumber == 3).UnitPrice?.Amount);
        Assert.Equal(812.50m, quote.Lines.Single(l => l.LineNumber == 4).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("XYZ-200 Bracket\r\n    25 off @ $1,486.00 each\r\n    Tooling for the core box is extra.\r\n")]
    [InlineData("XYZ-200 Bracket\r\n    $1,486.00 each\r\n    Delivery 14 weeks.\r\n")]
    public void The_line_after_a_price_with_its_basis_does_not_describe_that_price(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1486m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_quantity_row_over_a_row_of_prices_labelled_with_a_symbol_each_is_a_ladder()
    {
        const string body = "XYZ-200   bracket\r\n\r\n   Qty        10        25        50       100\r\n   \u00a3 each     4.10      3.86      3.45     3.18\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(3.45m, line.UnitPrice?.Amount);
        Assert.Equal([10m, 25m, 100m], line.PriceBreaks.Select(b => b.MinQuantity));
    }

    [Fact]
    public void A_one_off_label_of_several_words_keeps_its_charge_out_of_the_price()
    {
        const string body = "XYZ-200 bracket: $11.00 each, 3 weeks.\r\nOne-time CNC programming / set-up: $240.00\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.Detail.Contains("programming", StringComparison.Ordinal));
    }

    [Fact]
    public void A_one_off_charge_in_the_field_after_the_unit_price_is_that_fields_own()
    {
        const string body = "Pos. 2  XYZ-200  Support\r\n        Quantité : 50 pièces\r\n        Prix unitaire : 1 184,00 € HT\r\n        Outillage : 2 850,00 € HT\r\n        Délai : 17 semaines\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        var line = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal(1184m, line.UnitPrice?.Amount);
        Assert.Equal(119, line.LeadTimeDays);
        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.Detail.Contains("Outillage", StringComparison.Ordinal));
    }

    [Fact]
    public void Feet_written_after_a_number_are_no_forints()
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "CBL-4C22-PUR: $0.4572 per ft (your 1,500 m is 4,921 ft), 2 weeks.\r\nGSK-EPDM-80: $0.18 each."), TestRfq.ShortParts());

        var cable = quote.Lines.Single(l => l.LineNumber == 2);
        Assert.Equal("USD", cable.UnitPrice?.Currency.ToString());
        Assert.Equal(1.5m, cable.UnitPrice?.Amount);
    }

    [Fact]
    public void Forints_may_group_their_digits_with_spaces()
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: 1 480 Ft/db, 2 hét.\r\nXYZ-200: 52 800 Ft/db."), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(52800m, line.UnitPrice?.Amount);
        Assert.Equal("HUF", line.UnitPrice?.Currency.ToString());
    }

    [Fact]
    public void A_material_grade_before_a_price_on_the_next_line_is_no_quantity()
    {
        var body = "5. ABC-100, drukveer RVS 302\r\n   USD 0,0712 per stuk - levertijd 4 weken\r\n2. XYZ-200\r\n   USD 11,00 per stuk";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(0.0712m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_price_per_kg_times_a_finished_weight_written_in_german_is_the_piece_price()
    {
        var body = "Pos. 2  XYZ-200  Gehäuse\r\n        Preis: 8,90 EUR/kg, abgerechnet nach Fertiggewicht; Fertiggewicht 136,0 kg je Gehäuse\r\n        Lieferzeit: 16 Wochen\r\nPos. 1 bieten wir nicht an.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1210.40m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("per 100", 0.0305)]
    [InlineData("100", 0.0305)]
    [InlineData("each", 3.05)]
    public void A_price_unit_field_of_a_form_sizes_the_price_above_it(string priceUnit, double price)
    {
        var body = $"Line 1   ABC-100   Bracket\r\n   Unit price:                   3.05\r\n   Price unit (each/100/1000):   {priceUnit}\r\n   Lead time:                    stock\r\n   Minimum order qty:\r\n   Comments:";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal((decimal)price, line.UnitPrice?.Amount);
        Assert.Equal(0, line.LeadTimeDays);
    }

    [Fact]
    public void A_number_after_a_slash_is_no_quantity()
    {
        var body = "Pos. 2  XYZ-200  cylinder 32/80\r\n        50 pcs - EUR 88,40 each - delivery 3 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(88.40m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void Amounts_in_columns_after_a_marked_price_are_the_tiers_of_the_quantity_row_above()
    {
        var body = "ABC-100  widget\r\n   Miktar / Qty (adet)          500      1.000      5.000\r\n   Birim fiyat / Unit price USD 0,2140     0,1790     0,1610";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(0.179m, line.UnitPrice?.Amount);
        Assert.Equal([500m, 5000m], line.PriceBreaks.Select(b => b.MinQuantity));
    }

    [Fact]
    public void A_ladder_of_quantities_with_dotted_leaders_to_bare_prices_is_a_price_break_list()
    {
        var body = "Price breaks ABC-100 (USD each):\r\n   1 - 499 pcs ........ 0.0795\r\n   500 - 1,999 pcs .... 0.0712\r\n   2,000+ pcs .......... 0.0660";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(0.0712m, line.UnitPrice?.Amount);
        Assert.Equal([1m, 2000m], line.PriceBreaks.Select(b => b.MinQuantity));
    }

    [Theory]
    [InlineData("Price: 411,75 EUR / cívka 305 m", 1.35)]
    [InlineData("Price: 411,75 EUR / spool 305 m", 1.35)]
    public void A_price_per_spool_in_czech_is_divided_by_the_spools_length(string priceLine, double perMetre)
    {
        var body = $"Pol. 2  CBL-4C22-PUR  Kabel\r\n        Dodáváme pouze celé cívky po 305 m: 5 cívek = 1 525 m\r\n        {priceLine}";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal((decimal)perMetre, line.UnitPrice?.Amount);
        Assert.Equal(1525m, line.Quantity);
    }

    [Fact]
    public void A_count_of_pieces_before_a_price_groups_thousands_whatever_the_letters_decimal_comma()
    {
        var body = "ABC-100   widget   1,000 pcs   EUR 245,00 per 100 pcs   ex stock";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Theory]
    [InlineData("Faixa de quantidade   Preço por kg\r\n   até 999 kg   R$ 26,40\r\n   1.000 a 4.999 kg   R$ 24,90\r\n   a partir de 5.000 kg   R$ 23,70")]
    [InlineData("Quantity   Price per kg\r\n   up to 999 kg   $26.40\r\n   1,000 to 4,999 kg   $24.90\r\n   5,000 kg and up   $23.70")]
    [InlineData("Precio según cantidad:\r\n   1 - 999 kg   26,40 €/kg\r\n   1.000 - 4.999 kg   24,90 €/kg\r\n   5.000 kg o más   23,70 €/kg")]
    public void A_scale_from_up_to_its_first_bound_to_open_ended_prices_the_requested_quantity(string ladder)
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "RES-PA66-GF30", "Polyamide resin", 2500, UnitOfMeasure.Parse("KG"), null)] };

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", "RES-PA66-GF30 - resin\r\n\r\n   " + ladder), rfq).Lines.Single();

        Assert.Equal(24.90m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
        Assert.Equal([1m, 5000m], line.PriceBreaks.Select(b => b.MinQuantity));
    }

    [Fact]
    public void An_exchange_rate_to_a_currency_without_a_code_of_ours_is_no_price()
    {
        var body = "We can offer the brackets. All prices are in EUR (fixed rate 1 EUR = 1,95583 BGN).\r\n\r\nXYZ-200 ........ 11,00 EUR/pc";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(11.00m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("Precio: US$ 19,80 por mil unidades")]
    [InlineData("Cena: 19,80 USD za tisíc ks")]
    public void Per_thousand_written_as_a_word_divides_by_a_thousand(string priceLine)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", "ABC-100\r\n    " + priceLine), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(0.0198m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void Tier_quantities_before_their_prices_are_no_quoted_quantity()
    {
        var body = "Regarding item 1, we offer:\r\n   500 pcs   EUR 2,60 / pc\r\n   1000 pcs   EUR 2,45 / pc\r\n   5000 pcs   EUR 2,30 / pc";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_lot_price_for_the_quantity_is_divided_by_it()
    {
        var body = "XYZ-200  aluminium bracket\r\n  Lot price for the 50 pcs: $550.00\r\n  Ships 3 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(11.00m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_french_break_ladder_in_pieces_prices_the_requested_quantity_and_its_amount_is_no_price()
    {
        var body = "Pos. 1 - ABC-100\r\n    100 à 499 pièces : 2,60 €\r\n    500 à 1 999 pièces : 2,45 €\r\n    2 500 pièces et plus : 2,30 €\r\n    Montant pour 1 000 pièces : 2 450,00 €";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal([100m, 2500m], line.PriceBreaks.Select(b => b.MinQuantity));
    }

    [Theory]
    [InlineData("Menge:               1.000 Stück\r\n        Preis je 100 Stück:  245,00 EUR")]
    [InlineData("Menge:               1.000 Stück\r\n        Preiseinheit 1000:   2.450,00 EUR")]
    public void A_german_price_per_hundred_or_price_unit_label_sizes_the_price_and_states_no_quantity(string lines)
    {
        var body = "Pos. 1  ABC-100\r\n        " + lines;

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void Bare_amounts_under_a_staffel_label_with_its_currency_are_the_ladder()
    {
        var body = "Pos. 1   ABC-100\r\n\r\n         Staffelpreise je Stück (EUR, netto):\r\n           ab    500 Stk    2,60\r\n           ab  1.000 Stk    2,45\r\n           ab  5.000 Stk    2,30";

        var line = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal("EUR", line.UnitPrice?.Currency.ToString());
    }

    [Fact]
    public void A_small_order_surcharge_and_its_threshold_are_no_price_of_the_line_declined_before_them()
    {
        var body = "ABC-100: 2,45 EUR je Stück.\r\nPosition 2 können wir leider nicht anbieten, da uns für den Halter keine Zeichnungen vorliegen. Bei Aufträgen unter 150,00 EUR Warenwert berechnen wir einen Mindermengenzuschlag von 25,00 EUR.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.Contains(quote.Deviations, d => d.Kind == "note");
    }

    [Fact]
    public void A_dimension_in_millimetres_in_the_description_sizes_no_package()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "FIT-316-G12-10", "Straight male connector G1/2 to 10 mm tube", 2000, UnitOfMeasure.Each, null)] };

        var quote = _parser.Parse(TestRfq.Mail("text/plain", "FIT-316-G12-10: 193,00 EUR per box, box of 50 pcs."), rfq);
        var unsized = _parser.Parse(TestRfq.Mail("text/plain", "FIT-316-G12-10: 193,00 EUR per box."), rfq);

        Assert.Equal(3.86m, quote.Lines.Single().UnitPrice?.Amount);
        Assert.DoesNotContain(unsized.Lines, l => l.UnitPrice?.Amount > 193m);
    }

    [Fact]
    public void A_charge_per_shipment_beside_the_price_is_no_price()
    {
        var body = "ABC-100:\r\n   1,000 pcs    $2,450.00 per lot of 1,000    4 wks\r\nMaterial certs: $35.00 per shipment if you need them.\r\nXYZ-200: no quote.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Contains(quote.Deviations, d => d.Kind == "note");
    }

    [Theory]
    [InlineData("XYZ-200, cylinder 32/80 (Festo original) Pris: 11,00 EUR/st", 11.00)]
    [InlineData("XYZ-200: now 11.00 EUR each, original price 12.40 EUR", 11.00)]
    [InlineData("XYZ-200: 11.00 EUR each (old: 12.40 EUR)", 11.00)]
    public void Original_or_old_marks_an_earlier_price_only_when_it_speaks_of_a_price(string sentence, double price)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: 2,45 EUR each.\r\n" + sentence), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal((decimal)price, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("ABC-100: machining $2.30/pc; clear anodize - your print calls for it: +$0.15/pc.", 2.45)]
    [InlineData("ABC-100: bare $2.30 each. Black anodising as specified in your RFQ: + $0.15 each.", 2.45)]
    [InlineData("ABC-100: $2.30/pc as machined. If you ever want them anodized it's another $0.15/pc, but your RFQ doesn't call for it.", 2.30)]
    [InlineData("ABC-100: setup $250 + $2.30/pc, 3 weeks.", 2.30)]
    [InlineData("ABC-100: $2.60 each, 1k+ $2.30 each.", 2.30)]
    public void An_add_on_counts_in_the_price_only_when_the_request_requires_it_and_is_never_the_price_itself(string sentence, double price)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", sentence + "\r\nXYZ-200: $11.00 each."), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal((decimal)price, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Theory]
    [InlineData("We quote in USD; KRW in ( ) is only reference (USD 1 = KRW 1,374).\r\n\r\nABC-100: USD 2.45/pc (KRW 3,366), 3 weeks.\r\nXYZ-200: USD 11.00/pc (KRW 15,114), 2 weeks.", "USD")]
    [InlineData("Offer in EUR, TL in brackets for information (1 EUR = 45,00 TL).\r\n\r\nABC-100: 2,45 € (110,25 TL), 3 weeks.\r\nXYZ-200: 11,00 € (495,00 TL), 2 weeks.", "EUR")]
    public void An_exchange_rate_and_a_converted_amount_in_brackets_are_no_prices(string body, string currency)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.All(quote.Lines, l => Assert.Equal(currency, l.UnitPrice?.Currency.ToString()));
    }

    [Theory]
    [InlineData("AED", "Unit Price (AED)")]
    [InlineData("TRY", "Birim fiyat TL")]
    [InlineData("THB", "Price THB")]
    public void Prices_in_currencies_beyond_the_major_ones_keep_their_code(string code, string header)
    {
        var body = $"Part       Qty    {header}\r\nABC-100    1000   2.45\r\nXYZ-200    50     11.00";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(code, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Currency.ToString());
    }

    [Fact]
    public void A_spec_number_before_a_price_on_the_next_line_is_no_quantity()
    {
        var body = "Item 2  XYZ-200  bracket, primed RAL 7035\r\n        EUR 11.00/pc (RMB 89.87)   Lead time: 30 days\r\nItem 1  ABC-100  EUR 2.45/pc   Lead time: 20 days";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(11.00m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void Tiers_counted_in_sets_pick_the_tier_the_requested_quantity_falls_in()
    {
        var body = "ABC-100  1000 sets   1-99 sets USD 2.60 / 100+ sets USD 2.45   3 weeks\r\nXYZ-200  USD 11.00 each";

        var rfq = TestRfq.Create() with { Lines = [TestRfq.Create().Lines[0] with { Unit = UnitOfMeasure.Parse("SET") }, TestRfq.Create().Lines[1]] };

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_part_numbers_last_segment_above_a_price_in_a_currency_code_is_no_amount()
    {
        var rfq = TestRfq.Create() with { Lines = [TestRfq.Create().Lines[0] with { PartNumber = "FIT-316-G12-10" }, TestRfq.Create().Lines[1]] };
        var body = "Pos. 1  FIT-316-G12-10\r\n        EUR 98,75 per pack of 25, ex stock.\r\nPos. 2  XYZ-200\r\n        EUR 11,00 each.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(3.95m, line.UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("ABC-100 steel widget\r\n$2.60 ea @ 250 · $2.45 ea @ 1,000 · $2.10 ea @ 5,000\r\n\r\nXYZ-200: $11.00 each", 250)]
    [InlineData("ABC-100 steel widget: $2.60 @ 250 / $2.45 @ 1,000 / $2.10 @ 5,000\r\n\r\nXYZ-200: $11.00 each", 250)]
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

    [Fact]
    public void A_quantity_rounded_up_to_whole_crates_is_the_quoted_quantity_not_the_crate_size()
    {
        var body = "Line 2 - XYZ-200 bracket\r\n  We pack 25 sheets per crate, so we quote 75 sheets (3 crates).\r\n  Price: US$ 11.00 per sheet. Delivery: 2 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(75m, line.Quantity);
        Assert.Equal(11.00m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_whole_number_counted_in_ea_beside_a_price_with_its_currency_is_the_quantity()
    {
        var body = "ABC-100      1,000 ea    $2.45 ea     3 wks\r\nXYZ-200         50 ea    $11.00 ea    stock";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_bare_amount_per_metre_under_a_stated_currency_is_the_price_per_metre()
    {
        var body = "New prices, US dollars:\r\n\r\nGSK-EPDM-80      0.179 ea      3 weeks\r\nCBL-4C22-PUR     1.33 /m       2 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 2);

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
    public void German_whole_amounts_with_a_dash_and_a_one_off_charge_without_a_currency_mark_are_read()
    {
        var body = "Alle Preise in EUR.\r\n\r\nPos. 1  ABC-100 - Widget\r\n        1.000 Stück, Stückpreis 2,45, Lieferzeit 3 Wochen\r\n\r\nPos. 2  XYZ-200 - Bracket\r\n        50 Stück, Stückpreis 1.250,-, Lieferzeit 6 Wochen\r\n        zzgl. einmalige Modellkosten 3.400,-";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(1250m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.Contains(quote.Deviations, d => d.Kind == "note" && d.LineNumber == 2);
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
    public void A_price_the_vendor_states_in_the_rfq_unit_beats_our_conversion_of_another()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "RES-PA66", "Resin PA66 GF30", 2500, UnitOfMeasure.Parse("KG"), null)] };

        var line = _parser.Parse(TestRfq.Mail("text/plain", "RES-PA66\r\n  Price: $1.47/lb, which is $3.2408/kg\r\n  Lead time: 2 weeks"), rfq).Lines.Single();

        Assert.Equal(3.2408m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_price_per_german_packing_unit_of_stated_size_is_divided_by_it()
    {
        var body = "Item 1  ABC-100  Widget\r\n        1.000 pcs, EUR 24,50 per VE (10 pcs), ex stock";

        Assert.Equal(2.45m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
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
    public void A_body_naming_the_correct_price_of_a_part_replaces_the_attachments_and_its_extension_is_no_price()
    {
        var pdf = TestPdf.Text(["Part | Qty | Unit Price | Lead Time", "ABC-100 | 1000 | $2.45 | 3 weeks", "XYZ-200 | 50 | $11.00 | stock"]);
        var text = "Quote attached. One correction: the widget price on the PDF is last year's. The correct price for ABC-100 is $2.31 each (1,000 pcs = $2,310.00).";

        var quote = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=b", TestRfq.Attachment(text, "q.pdf", "application/pdf", pdf)), TestRfq.Create());

        Assert.Equal(2.31m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_break_written_with_an_equals_sign_stays_a_price()
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: 500 pcs = $2.60 each, 1,000 pcs = $2.40 each.\nXYZ-200: $11.00 each."), TestRfq.Create());

        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void A_number_ending_a_description_is_no_amount_of_the_dollar_sign_that_starts_the_price()
    {
        const string body = """
            ABC-100 widget, steel, grade A2-70
              $2.40 each, 3 weeks.

            XYZ-200 bracket 0.6 x 6.3 x 30
              $11.00 each, 2 weeks.
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 2).Quantity);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_basis_the_whole_reply_states_applies_to_a_table_whose_prices_state_none()
    {
        const string body = "<p>All prices are <b>USD per 1,000 pcs</b>.</p><table><tr><th>Part</th><th>1k+</th><th>5k+</th><th>MOQ</th></tr>"
            + "<tr><td>ABC-100</td><td>2450.00</td><td>2210.00</td><td>1k</td></tr><tr><td>XYZ-200</td><td>11500.00</td><td>10900.00</td><td>1k</td></tr></table>";

        var quote = _parser.Parse(TestRfq.Mail("text/html", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.50m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_length_converted_from_feet_is_quoted_in_metres_and_the_request_restated_is_no_quantity()
    {
        var rfq = TestRfq.Create() with
        {
            Lines = [new RfqLine(1, "CBL-4C22-PUR", "Cable, 4 x 22 AWG shielded", 1500, UnitOfMeasure.Parse("M"), new DateOnly(2026, 8, 1))],
        };
        var body = "CBL-4C22-PUR: $419.10 per 1,000 ft. Your 1,500 m is 4,921 ft, so we would ship 5 reels = 5,000 ft (1,524 m). 2 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(1.375m, line.UnitPrice?.Amount);
        Assert.Equal(1524m, line.Quantity);
    }

    [Fact]
    public void A_basis_stated_by_the_label_before_a_ladder_applies_to_each_price_in_it()
    {
        var body = "ABC-100 widget: priced per mille: 500+ USD 2,650.00, 1,000+ USD 2,410.00, 5,000+ USD 2,200.00. 3 weeks.\nXYZ-200: USD 11.00 each.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.41m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_quantity_in_a_minimum_or_a_break_bound_is_not_the_quoted_quantity_but_full_cartons_are()
    {
        var rfq = TestRfq.Create() with
        {
            Lines =
            [
                new RfqLine(1, "ABC-100", "Widget, steel", 1000, UnitOfMeasure.Each, new DateOnly(2026, 8, 1)),
                new RfqLine(2, "KIT-200", "Seal kit", 150, UnitOfMeasure.Parse("SET"), new DateOnly(2026, 8, 1)),
            ],
        };
        var body = "ABC-100: $2.40 each below 2,000 pcs, $2.20 from 2,000 pcs. Minimum lot: 1,500 pcs. 3 weeks.\n\n"
            + "KIT-200: $47.60 per kit. Kits are packed 12 to a carton and we ship full cartons only, so we quote 13 cartons = 156 kits. 6 weeks.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), rfq);

        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Quantity);
        Assert.Equal(1500m, quote.Lines.Single(l => l.LineNumber == 1).Moq);
        Assert.Equal(156m, quote.Lines.Single(l => l.LineNumber == 2).Quantity);
    }

    [Fact]
    public void A_basis_running_past_its_clause_is_read()
    {
        var body = "XYZ-200 - bracket\n  Packed 10 pcs per pack, sold in full packs only.\n  USD 105.00 per pack of 10.\n  Delivery: 2 weeks.\n\nABC-100: no quote.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(10.50m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 1).NoBid);
    }

    [Fact]
    public void Bare_amounts_after_a_label_naming_currency_and_basis_are_its_prices_with_their_tiers()
    {
        var body = "Pos. 1  ABC-100  Winkel, 1.000 St.\n        Preis EUR/100 St.:  ab 500 St. 262,00  |  ab 1.000 St. 241,00  |  ab 5.000 St. 220,00\n        Lieferzeit: 3 Wochen\n\nPos. 2  XYZ-200: kein Angebot.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.41m, line.UnitPrice?.Amount);
        Assert.Equal("EUR", line.UnitPrice?.Currency.Code);
    }

    [Fact]
    public void A_price_per_kilogram_of_a_part_bought_by_the_piece_counts_what_one_piece_weighs()
    {
        var body = "ABC-100: USD 5.80 per kg, invoiced at the theoretical weight of 2.5 kg per piece, 1,000 pieces. 4 weeks.\nXYZ-200: USD 11.00 each.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(14.50m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_minimum_of_one_package_counts_the_size_in_its_parentheses()
    {
        var rfq = TestRfq.Create() with
        {
            Lines = [new RfqLine(1, "RES-PA66", "PA66 GF30 resin", 2500, UnitOfMeasure.Parse("KG"), new DateOnly(2026, 8, 1))],
        };
        var body = "RES-PA66: USD 84.50 per 25 kg bag; your 2,500 kg = 100 bags\nMOQ one pallet (40 bags = 1,000 kg)\nLead time 2 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(3.38m, line.UnitPrice?.Amount);
        Assert.Equal(1000m, line.Moq);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_count_after_at_is_no_price_and_a_minimum_production_run_is_the_minimum()
    {
        var body = "XYZ-200: $11.00 each, 2 weeks.\n\nABC-100: $2.40 each. Our minimum production run on the widget is 2,000 pcs, so it's priced at 2,000.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.40m, line.UnitPrice?.Amount);
        Assert.Equal(2000m, line.Moq);
    }

    [Fact]
    public void The_price_a_vendor_concludes_with_is_the_one_that_applies()
    {
        var body = "ABC-100: $2.30-2.60 depending on finish: plain $2.30, black oxide $2.60.\nYour print calls for black oxide, so $2.60. 3 weeks.\n\nXYZ-200: $11.00 each.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.60m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_colour_code_before_the_quantity_and_a_price_for_two_make_no_quoted_quantity()
    {
        var body = "1. ABC-100 - widget, primed RAL 7035 - 1000 pcs - 2,40 EUR/pc - 3 weeks\n2. XYZ-200 - bracket, priced per pair: 2 for EUR 22,00 (your 50 pcs = 25 pairs).";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Null(quote.Lines.Single(l => l.LineNumber == 1).Quantity);
        Assert.Null(quote.Lines.Single(l => l.LineNumber == 2).Quantity);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_price_per_mt_of_cable_is_per_metre_and_a_labelled_tier_belongs_to_the_price_after_it()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "CBL-4C22", "Cable", 1500, UnitOfMeasure.Parse("M", null), new DateOnly(2026, 8, 1))] };
        var body = "Item: CBL-4C22 - cable\r\nQuantity: 1.500 mt\r\nPrice: USD 1,36 /mt\r\nPrice for 3.000 mt and more: USD 1,24 /mt";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(1.36m, line.UnitPrice?.Amount);
        Assert.Contains(line.PriceBreaks, b => b.MinQuantity == 3000 && b.UnitPrice.Amount == 1.24m);
    }

    [Fact]
    public void A_german_ladder_from_a_smaller_quantity_and_a_pallet_size_are_no_quoted_quantity()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "RES-66", "Resin", 2500, UnitOfMeasure.Parse("KG", null), new DateOnly(2026, 8, 1))] };
        var body = "Pos. 1  RES-66\r\n        Sackware à 25 kg auf Palette (1.000 kg je Palette)\r\n        Ihre Menge: 2.500 kg\r\n\r\n"
            + "        Preisstaffel (EUR je kg, netto):\r\n            ab   500 kg    4,18\r\n            ab 2.500 kg    3,79\r\n            ab 5.000 kg    3,62";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(3.79m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_french_minimum_order_quantity_with_grouped_thousands_is_the_moq()
    {
        var body = "ABC-100 : 2,40 € pièce, 3 semaines.\r\nNotre quantité minimale de commande est de 10\u00A0000 pièces.";

        Assert.Equal(10000m, _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1).Moq);
    }

    [Fact]
    public void A_length_in_reels_of_a_size_is_the_whole_length_not_one_reel()
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "HSE-08", "Hose", 800, UnitOfMeasure.Parse("M", null), new DateOnly(2026, 8, 1))] };
        var body = "HSE-08  hydraulische slang\r\n  - 800 meter, geleverd op 16 haspels van 50 m\r\n  - prijs: € 4,65 per meter\r\n  - levertijd: uit voorraad";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal(4.65m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
        Assert.Equal(0, line.LeadTimeDays);
    }

    [Fact]
    public void A_scale_starting_at_the_stated_minimum_quotes_the_minimum_not_another_quantity()
    {
        var body = "Pos. 1 - ABC-100 - widget\r\n  Minimum order quantity: 5.000 pcs\r\n  Price scale:\r\n    from  5.000 pcs    EUR 2,94 /pc\r\n    from 10.000 pcs    EUR 2,71 /pc\r\n  Delivery: 4 weeks";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.94m, line.UnitPrice?.Amount);
        Assert.Equal(5000m, line.Moq);
        Assert.Null(line.Quantity);
    }

    [Theory]
    [InlineData("ABC-100 widget: $2.40 per piece, min. 1500 pcs. 5 weeks.", 1500)]
    [InlineData("ABC-100 widget: $2.40 per piece, min. 2 weeks delivery.", null)]
    [InlineData("ABC-100 Staffelpreise je Stück: ab 500 Stk 2,60 USD, ab 1.000 Stk 2,40 USD. VPE 50 Stk (1.000 Stk = 20 VPE). Lieferzeit: ab Lager", null)]
    public void A_minimum_after_min_dot_is_the_moq_and_a_pack_unit_is_no_quantity(string body, int? moq)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(moq, (int?)line.Moq);
        Assert.Null(line.Quantity);
        Assert.Equal(2.40m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_whole_count_before_a_unit_code_on_a_quotation_form_is_no_price()
    {
        var body = "Currency EUR\r\n\r\n#   Item No.   Description      Quantity   UoM   Unit Price   Total\r\n"
            + "1   ABC-100    Widget, steel    1,000      EA    0.00         0.00\r\n            Cannot supply - no capacity\r\n"
            + "2   XYZ-200    Bracket          50         EA    11.00        550.00";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.True(quote.Lines.Single(l => l.LineNumber == 1).NoBid);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("ABC-100 - 1,000 pcs - list $9.40 ea, less 55% - stock", 4.23)]
    [InlineData("ABC-100 - 1,000 pcs - list $186.00 ea x your multiplier 0.52 - 4 wks", 96.72)]
    [InlineData("ABC-100 - 1,000 pcs - List $38.00 per M, less 50%. Factory 3-4 wks.", 0.019)]
    public void A_list_price_less_a_discount_or_times_a_multiplier_is_what_the_buyer_pays(string sentence, double price)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", sentence + "\r\n\r\nXYZ-200: $11.00 each."), TestRfq.Create());

        Assert.Equal((decimal)price, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.DoesNotContain(quote.Deviations, d => d.Kind == "note");
    }

    [Theory]
    [InlineData("ABC-100  O-ring 12 x 2 NBR 70 - € 2,45 per piece, 3 weeks")]
    [InlineData("ABC-100, O-ring 12.0 x 2.0 FKM 75: $2.45 each, 3 weeks.")]
    public void A_rubber_hardness_before_the_price_is_no_quantity(string sentence)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", sentence + "\r\nXYZ-200: $11.00 each."), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Null(line.Quantity);
    }

    [Fact]
    public void A_price_in_won_written_with_a_thousands_comma_outranks_the_line_amount_under_it()
    {
        const string body = "- Part No.   : XYZ-200 bracket\r\n- Quantity   : 50 pcs\r\n- Unit price : KRW 1,980 / pc\r\n- Amount     : KRW 99,000\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1980m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void Bare_amounts_under_a_dutch_price_label_with_currency_and_basis_are_a_ladder()
    {
        const string body = "Pos. 1   ABC-100   Widget\r\n         Staffelprijzen (EUR per stuk):\r\n             500 - 999 st      2,60\r\n             1.000 - 4.999 st  2,45\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void A_total_in_a_block_of_labels_padded_to_a_column_does_not_hide_the_rate_above_it()
    {
        const string body = "Part No.      : XYZ-200\r\nQty           : 50 Nos.\r\nRate          : INR 3,450.00 per No.\r\nTotal value   : INR 1,72,500.00\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(3450m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void Bare_amounts_under_a_price_label_that_says_what_the_tiers_go_by_are_a_ladder()
    {
        const string body = "XYZ-200   Bracket\r\n         Price per piece (EUR) by batch size:\r\n             10 - 49 pcs        1 312,00\r\n             50 pcs and up      1 236,00\r\n";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 2);

        Assert.Equal(1236m, line.UnitPrice?.Amount);
    }

    [Fact]
    public void An_italian_price_for_every_hundred_is_divided_and_declined_positions_are_no_bids()
    {
        const string body = "Pos. 1 - ABC-100\r\nPrezzo: € 245,00 ogni 100 pezzi\r\nConsegna: 4 settimane\r\n\r\nPer la posizione 2 non possiamo fare offerta.\r\n";

        var quote = _parser.Parse(TestRfq.Mail("text/plain; charset=utf-8", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }
}
