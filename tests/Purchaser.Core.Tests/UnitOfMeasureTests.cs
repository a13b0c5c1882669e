namespace Purchaser.Core.Tests;

public sealed class UnitOfMeasureTests
{
    [Theory]
    [InlineData("EA", "EA", UnitKind.Count)]
    [InlineData("pcs", "EA", UnitKind.Count)]
    [InlineData("Each", "EA", UnitKind.Count)]
    [InlineData("m", "M", UnitKind.Length)]
    [InlineData("metres", "M", UnitKind.Length)]
    [InlineData("kg", "KG", UnitKind.Mass)]
    [InlineData("spool", "SPL", UnitKind.Package)]
    [InlineData("ea.", "EA", UnitKind.Count)]
    public void Common_spellings_map_to_one_code(string text, string code, UnitKind kind)
    {
        var unit = UnitOfMeasure.Parse(text);
        Assert.Equal(code, unit.Code);
        Assert.Equal(kind, unit.Kind);
    }

    [Theory]
    [InlineData("furlong")]
    [InlineData("")]
    [InlineData("a-very-long-unit-name-indeed")]
    public void Unknown_units_are_refused(string text) => Assert.False(UnitOfMeasure.TryParse(text, null, out _));

    [Fact]
    public void The_canonical_codes_are_listed_once_each()
    {
        Assert.Contains("EA", UnitOfMeasure.CanonicalCodes);
        Assert.Equal(UnitOfMeasure.CanonicalCodes.Count, UnitOfMeasure.CanonicalCodes.Distinct().Count());
        Assert.All(UnitOfMeasure.CanonicalCodes, code => Assert.Equal(code, UnitOfMeasure.Parse(code).Code));
    }
}
