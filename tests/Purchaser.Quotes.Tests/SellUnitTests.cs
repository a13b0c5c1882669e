using System.Text;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>Distributors price per the unit they sell by (a box, a bag, a pallet, a reel): each price comes back per RFQ unit.</summary>
public class SellUnitTests
{
    private readonly QuoteParser _parser = new();

    private static byte[] Csv(string csv) =>
        TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("Quote attached.", "q.csv", "text/csv", Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void A_price_per_sell_unit_is_divided_by_the_size_its_coded_sell_unit_states_and_the_requested_quantity_is_not_the_quoted_one()
    {
        const string csv = """
            Line,Part Number,Req Qty,UOM,Sell Unit,Sell Units,Quoted Qty,Price / Sell Unit (USD),Lead Time
            1,GSK-EPDM-80,"5,000",EA,BX/250,21,"5,250",47.25,3 wks
            2,CBL-4C22-PUR,"1,500",M,RL/305M,5,"1,525",427.00,2 wks
            """;

        var quote = _parser.Parse(Csv(csv), TestRfq.ShortParts());

        var gasket = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(0.189m, gasket.UnitPrice?.Amount);
        Assert.Equal(5250m, gasket.Quantity);
        Assert.Equal(1.4m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_price_per_sales_unit_follows_each_rows_sales_unit_and_a_count_of_sales_units_is_no_unit()
    {
        const string csv = """
            Pos,Part number,Sales unit,Units,Pieces,EUR per sales unit,Delivery
            1,GSK-EPDM-80,piece,5000,5000,0.19,3 weeks
            3,SCR-M4X10-A2,box of 1000,21,21000,30.90,2 weeks
            """;

        var quote = _parser.Parse(Csv(csv), TestRfq.ShortParts());

        Assert.Equal(0.19m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        var screws = quote.Lines.Single(l => l.LineNumber == 3);
        Assert.Equal(0.0309m, screws.UnitPrice?.Amount);
        Assert.Equal(21000m, screws.Quantity);
    }

    [Fact]
    public void A_price_per_pack_over_a_pack_column_of_package_and_size_is_per_piece()
    {
        const string body = """
            Line  Customer P/N     Pack          Sell Qty   Price/Pack   Ships in
            1     GSK-EPDM-80      Carton/500    10 CTN     $91.50       3 business days
            5     SPR-C0630-302    Bag/1,000     8 BG       $69.40       12 business days
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts());

        var gasket = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(0.183m, gasket.UnitPrice?.Amount);
        Assert.Null(gasket.Quantity);
        Assert.Equal(0.0694m, quote.Lines.Single(l => l.LineNumber == 5).UnitPrice?.Amount);
    }

    [Fact]
    public void A_column_of_what_ships_in_the_buyers_unit_is_the_quantity_not_the_lead_time()
    {
        const string csv = """
            "Line","Part No","Sell unit","Ships (your UOM)","USD per sell unit","Lead time"
            "1","GSK-EPDM-80","carton of 600","5400 EA","108.00","4 weeks"
            "2","CBL-4C22-PUR","coil of 40 m","1520 M","52.00","2 weeks"
            """;

        var quote = _parser.Parse(Csv(csv), TestRfq.ShortParts());

        var gasket = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(0.18m, gasket.UnitPrice?.Amount);
        Assert.Equal(5400m, gasket.Quantity);
        Assert.Equal(28, gasket.LeadTimeDays);
        Assert.Equal(1.3m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Theory]
    [InlineData("CBL-4C22-PUR: $427.00 per 305 m spool. 1,500 m = 4.92 spools, we ship full spools only: 5 spools = 1,525 m", 1525)]
    [InlineData("CBL-4C22-PUR: £249.00 per 60 m coil, full coils only - your 1,500 m = 25 coils (1,500 m)", null)]
    [InlineData("CBL-4C22-PUR: $1.38 per m, sold on 160 m reels: 1,500 m = 9.4 reels -> 10 reels = 1,600 m", 1600)]
    [InlineData("SCR-M4X10-A2: we pack in batches of 2,500, so we have quoted 22,500 off (9 batches) at $0.031 each", 22500)]
    [InlineData("CBL-4C22-PUR: € 433,10 per haspel van 305 m. Uw 1.500 m = 5 haspels = 1.525 m", 1525)]
    [InlineData("CBL-4C22-PUR: 41,80 SEK/m, endast hela rullar om 60 m: 26 rullar = 1 560 m", 1560)]
    [InlineData("CBL-4C22-PUR: € 69,00 per rol van 50 meter (16 rollen), levertijd 3 weken", null)]
    public void Whole_packages_restated_in_the_lines_unit_are_the_quantity_quoted(string body, int? quantity)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts()).Lines.Single(l => l.UnitPrice is not null);

        Assert.Equal(quantity, (int?)line.Quantity);
    }

    [Theory]
    [InlineData("SCR-M4X10-A2: $34.60 per pack of 100, MOQ 50 packs (5,000 pcs).")]
    [InlineData("SCR-M4X10-A2: USD 34.50 per box of 500 pcs (40 boxes), 5 weeks.")]
    [InlineData("SCR-M4X10-A2: $0.031 each; packed 40 bags (20,000 pcs) per pallet.")]
    public void A_minimum_a_package_size_or_what_a_pallet_holds_is_no_quantity(string body)
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.ShortParts()).Lines.Single(l => l.LineNumber == 3);

        Assert.Null(line.Quantity);
        Assert.NotNull(line.UnitPrice);
    }

    [Theory]
    [InlineData("RES-1: we ship this grade in 900 kg big bags only, at USD 2,934.00 per big bag, 3 weeks.", 3.26)]
    [InlineData("RES-1: EUR 1.985,00 je Los à 50 kg, Lieferzeit 3 Wochen.", 39.70)]
    [InlineData("RES-1: USD 2,790.00 per pallet of 500 kg, 3 weeks.", 5.58)]
    public void A_price_per_big_bag_lot_or_pallet_is_divided_by_its_stated_size(string body, double perKg)
    {
        var rfq = TestRfq.Create() with { Lines = [new RfqLine(1, "RES-1", "Resin PA66 GF30, 25 kg bags", 2500, UnitOfMeasure.Parse("KG"), null)] };

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), rfq).Lines.Single();

        Assert.Equal((decimal)perKg, line.UnitPrice?.Amount);
        Assert.Equal(21, line.LeadTimeDays);
    }

    [Fact]
    public void A_count_before_at_is_no_lead_time_in_working_days()
    {
        var body = "ABC-100: boxes of 10 at USD 24.50 per box. Ex stock.\r\nXYZ-200: $11.00 each, 2 weeks.";

        var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(0, line.LeadTimeDays);
    }

    [Fact]
    public void A_lead_time_cell_delivering_in_parts_takes_the_last_part()
    {
        const string csv = """
            Pos,Part number,Unit price,Delivery
            1,ABC-100,2.45,"600 pcs in 2 weeks, 400 pcs in 5 weeks"
            2,XYZ-200,11.00,3 weeks
            """;

        var quote = _parser.Parse(Csv(csv), TestRfq.Create());

        Assert.Equal(35, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
        Assert.Equal(21, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
    }

    [Fact]
    public void A_row_with_enough_stock_ships_from_stock_and_one_short_of_it_takes_the_factory_lead_time()
    {
        const string csv = """
            Quote no;Line;Customer P/N;Qty;Price EUR;Stock Avail.;Factory LT
            MIS-26-3318;1;ABC-100;1000;2,45;6.500;4 wks
            MIS-26-3318;2;XYZ-200;50;11,00;0;6 wks
            """;

        var quote = _parser.Parse(Csv(csv), TestRfq.Create());

        var widget = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widget.UnitPrice?.Amount);
        Assert.Equal(0, widget.LeadTimeDays);
        Assert.Equal(42, quote.Lines.Single(l => l.LineNumber == 2).LeadTimeDays);
    }

    [Theory]
    [InlineData("ABC-100   Qty 1,000 @ $2.45 = $2,450.00   Stock available: 1,240   Lead time: stock", 0)]
    [InlineData("ABC-100   Qty 1,000 @ $2.45 = $2,450.00   Stock available: 0   Factory lead time: 2 weeks", 14)]
    [InlineData("ABC-100   Menge: 1.000 St.   Preis: 2,45 EUR   Verfügbarkeit: Lager: 3.400 St.", 0)]
    public void Stock_on_hand_written_in_a_line_decides_whether_it_ships_from_stock(string text, int days)
    {
        var quote = _parser.Parse(TestRfq.Mail("text/plain", text + "\r\nXYZ-200   Qty 50 @ $11.00   Lead time: 1 week"), TestRfq.Create());

        Assert.Equal(days, quote.Lines.Single(l => l.LineNumber == 1).LeadTimeDays);
    }

    [Fact]
    public void An_extension_labelled_ext_is_no_price()
    {
        var body = "Item 1   Customer P/N: ABC-100\r\n         Your qty: 1,000   Unit: $2.45   Ext: $2,450.00\r\nItem 2   Customer P/N: XYZ-200\r\n         Your qty: 50   Unit: $11.00   Ext: $550.00";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal(2.45m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        Assert.Equal(11.00m, quote.Lines.Single(l => l.LineNumber == 2).UnitPrice?.Amount);
    }

    [Fact]
    public void A_quantity_in_pieces_beside_a_pack_unit_is_not_counted_in_packs()
    {
        var line = _parser.Parse(Csv("Item;Qty;Unit;Price EUR\r\nABC-100;1,000 pcs;pack of 10;24.50\r\n"), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, line.UnitPrice?.Amount);
        Assert.Equal(1000m, line.Quantity ?? 1000m);
    }
}
