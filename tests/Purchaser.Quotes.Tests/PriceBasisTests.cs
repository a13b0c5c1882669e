using Purchaser.Domain;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class PriceBasisTests
{
    private static readonly RfqLine Pieces = new(1, "P-1", "Screw", 20000, UnitOfMeasure.Each, null);
    private static readonly RfqLine Metres = new(2, "C-1", "Cable on 305 m spools", 1500, UnitOfMeasure.Parse("M"), null);
    private static readonly RfqLine Boxes = new(3, "N-1", "Hex nut M6, box of 100", 40, UnitOfMeasure.Parse("BX"), null);

    [Theory]
    [InlineData("/M", 38.50, 0.0385)]
    [InlineData(" per 1000 pcs", 21.00, 0.021)]
    [InlineData(" per 1,000", 21.00, 0.021)]
    [InlineData(" /100", 1100, 11)]
    [InlineData(" / 100 pcs", 1100, 11)]
    [InlineData(" per C", 5.00, 0.05)]
    [InlineData(" per box of 500", 35.60, 0.0712)]
    [InlineData(" per pack of 50", 10, 0.2)]
    [InlineData(" each", 0.184, 0.184)]
    [InlineData(" o milheiro", 158.00, 0.158)]
    [InlineData(" per box of 100 In stock", 3.12, 0.0312)]
    [InlineData(" per doos à 500 stuks", 9.75, 0.0195)]
    [InlineData(" cad.", 40.70, 40.70)]
    [InlineData(" per kartong om 75 st", 294.00, 3.92)]
    [InlineData(" per 100 in stock", 3.12, 0.0312)]
    [InlineData(" pr. 1.000 stk.", 485.00, 0.485)]
    [InlineData(" / 1.000 buc", 96.00, 0.096)]
    [InlineData("/100 ks", 68.00, 0.68)]
    [InlineData("/pc", 0.118, 0.118)]
    [InlineData(" per thousand", 30, 0.03)]
    [InlineData(" (seventy-one US dollars and fifty cents) per thousand pieces", 71.50, 0.0715)]
    [InlineData(" / 5k+ $0.188 / 10k+ $0.169", 0.214, 0.214)]
    [InlineData(" / 100-499: 1.85", 2.10, 2.10)]
    [InlineData(" / 1.000 @ 3,60 / 2.500 @ 3,35", 3.95, 3.95)]
    [InlineData(" / 2,500 pcs @ 1.10", 1.25, 1.25)]
    [InlineData(" per 1,000, 1 week", 21.00, 0.021)]
    [InlineData(" HT le mille", 32.40, 0.0324)]
    [InlineData(" per 1.000 pcs", 17.60, 0.0176)]
    [InlineData(" HT les 100 pièces", 438.50, 4.385)]
    [InlineData(" / sachet de 25", 98.75, 3.95)]
    [InlineData(" la pièce", 4.85, 4.85)]
    [InlineData(" el millar", 31.00, 0.031)]
    [InlineData(" excl. VAT per 1000", 21.00, 0.021)]
    [InlineData(" por embalagem de 10 un.", 43.70, 4.37)]
    [InlineData(" per gross (144 pcs)", 4.68, 0.0325)]
    [InlineData(" / 1 000 pcs", 19.80, 0.0198)]
    [InlineData(" per confezione da 50 pz", 212.50, 4.25)]
    [InlineData(" per dozen", 0.87, 0.0725)]
    [InlineData(" / 250 off £32.40 / 500 off £30.75", 34.90, 34.90)]
    [InlineData(" por paquete de 50", 10, 0.2)]
    public void Counted_goods(string basisText, double amount, double expected)
    {
        var basis = PriceBasis.ReadAfter(basisText, out _) ?? PriceBasis.One;
        Assert.Equal((decimal)expected, basis.ToRfqUnit((decimal)amount, Pieces, PackSizes.From(Pieces.Description)));
    }

    [Theory]
    [InlineData("/m", 1.38, 1.38)]
    [InlineData("/M", 1.38, 1.38)]
    [InlineData(" per metre", 1.38, 1.38)]
    [InlineData(" per 305 m spool", 411.75, 1.35)]
    [InlineData(" per spool", 411.75, 1.35)]
    [InlineData(" per 100 m", 135, 1.35)]
    [InlineData("/ft", 0.3048, 1)]
    [InlineData(" HT la bobine de 500 m", 1987.50, 3.975)]
    [InlineData(" por rollo de 100 m", 135, 1.35)]
    public void Lengths(string basisText, double amount, double expected)
    {
        var basis = PriceBasis.ReadAfter(basisText, out _) ?? PriceBasis.One;
        Assert.Equal((decimal)expected, basis.ToRfqUnit((decimal)amount, Metres, PackSizes.From(Metres.Description)));
    }

    [Theory]
    [InlineData(" each", 0.05, 5)]
    [InlineData(" per 1000 pcs", 50, 5)]
    [InlineData(" per box", 5, 5)]
    public void Conversions_go_the_other_way_when_the_rfq_unit_is_a_pack(string basisText, double amount, double expected)
    {
        var basis = PriceBasis.ReadAfter(basisText, out _) ?? PriceBasis.One;
        Assert.Equal((decimal)expected, basis.ToRfqUnit((decimal)amount, Boxes, PackSizes.From(Boxes.Description)));
    }

    [Theory]
    [InlineData("1000", 36.00, 0.036)]
    [InlineData("305 m spool", 411.75, 1.35)]
    [InlineData("1", 0.21, 0.21)]
    public void Price_unit_cells(string cell, double amount, double expected)
    {
        var line = cell.Contains("spool", StringComparison.Ordinal) ? Metres : Pieces;
        var basis = PriceBasis.ReadCell(cell)!.Value;
        Assert.Equal((decimal)expected, basis.ToRfqUnit((decimal)amount, line, PackSizes.From(line.Description)));
    }

    [Theory]
    [InlineData("12.500", "12.5")]
    [InlineData("10.00", "10")]
    [InlineData("1.25", "1.25")]
    [InlineData("0.123456789", "0.12345679")]
    [InlineData("-2.50", "-2.5")]
    [InlineData("1250", "1250")]
    [InlineData("0.000000001", "0")]
    public void Rounding_keeps_eight_decimals_and_drops_trailing_zeros(string value, string expected)
    {
        var rounded = PriceBasis.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, rounded.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_price_per_package_is_not_the_package_size()
    {
        var packs = PackSizes.From("SCR-M4X10-A2 - boxes of 1,000 pcs; 20 boxes. USD 31.50 per box. From stock.");

        Assert.Equal(1000m, packs.For("box"));
    }

    [Theory]
    [InlineData("Sackware à 25 kg, Preis 112,50 € je Sack", "Sack", 25)]
    [InlineData("Preis: 112,50 € je Sack (25 kg)", "Sack", 25)]
    [InlineData("Conditionnement en bobines de 500 m uniquement", "bobine", 500)]
    public void Package_sizes_are_read_in_other_languages_too(string text, string package, int size)
    {
        Assert.Equal(size, PackSizes.From(text).For(package));
    }
}
