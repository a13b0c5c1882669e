namespace Purchaser.Core.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("usd", "USD", 2)]
    [InlineData(" JPY ", "JPY", 0)]
    [InlineData("KWD", "KWD", 3)]
    [InlineData("eur", "EUR", 2)]
    public void Currency_codes_parse_with_their_minor_units(string text, string code, int minorUnits)
    {
        var currency = CurrencyCode.Parse(text);
        Assert.Equal(code, currency.Code);
        Assert.Equal(minorUnits, currency.MinorUnits);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("")]
    [InlineData("$")]
    public void Unknown_currency_codes_are_refused(string text)
    {
        Assert.False(CurrencyCode.TryParse(text, null, out _));
        Assert.Throws<FormatException>(() => CurrencyCode.Parse(text));
    }

    [Fact]
    public void An_uninitialised_currency_says_so() =>
        Assert.Throws<InvalidOperationException>(() => default(CurrencyCode).Code);

    [Theory]
    [InlineData(12.345, "USD", 12.35)]
    [InlineData(12.344, "USD", 12.34)]
    [InlineData(1234.5, "JPY", 1235)]
    [InlineData(1.2345, "KWD", 1.235)]
    [InlineData(-2.5, "JPY", -3)]
    public void Rounding_follows_the_currency(decimal amount, string currency, decimal rounded) =>
        Assert.Equal(rounded, Money.Of(amount, currency).RoundToMinorUnits().Amount);

    [Fact]
    public void Extending_a_unit_price_keeps_precision_until_the_total()
    {
        var unitPrice = Money.Of(0.0712m, "USD");
        Assert.Equal(569.60m, unitPrice.Extend(8000).Amount);
        Assert.Equal(0.0712m, unitPrice.Amount);
    }

    [Fact]
    public void Amounts_of_different_currencies_do_not_mix()
    {
        Assert.Equal(Money.Of(3m, "EUR"), Money.Of(1m, "EUR") + Money.Of(2m, "EUR"));
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "EUR") + Money.Of(1m, "USD"));
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, "EUR") - Money.Of(1m, "GBP"));
    }

    [Theory]
    [InlineData(12.5, "USD", "12.50 USD")]
    [InlineData(0.184, "USD", "0.184 USD")]
    [InlineData(1500, "JPY", "1500 JPY")]
    public void Money_formats_with_at_least_the_minor_units(decimal amount, string currency, string expected) =>
        Assert.Equal(expected, Money.Of(amount, currency).ToString());
}
