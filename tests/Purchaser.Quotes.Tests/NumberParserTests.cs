using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Tests;

public class NumberParserTests
{
    [Theory]
    [InlineData("1,234.50", 1234.50)]
    [InlineData(".188", 0.188)]
    [InlineData("2,85,000.00", 285000)]
    [InlineData("1,12,500", 112500)]
    [InlineData("12,34,56,789.50", 123456789.50)]
    [InlineData("41,-", 41)]
    [InlineData("1.250,-", 1250)]
    [InlineData("12.400,--", 12400)]
    [InlineData("1.234,50", 1234.50)]
    [InlineData("1 234,50", 1234.50)]
    [InlineData("1'234.50", 1234.50)]
    [InlineData("1’234.50", 1234.50)]
    [InlineData("0,068", 0.068)]
    [InlineData("0.0285", 0.0285)]
    [InlineData("5,000", 5000)]
    [InlineData("20,000", 20000)]
    [InlineData("1,234,567.8", 1234567.8)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("48,60", 48.60)]
    [InlineData("411,75", 411.75)]
    [InlineData("0.184", 0.184)]
    [InlineData("6850", 6850)]
    [InlineData("12.5", 12.5)]
    public void Parses_both_conventions(string text, double expected)
    {
        Assert.True(NumberParser.TryParse(text, DecimalStyle.Unknown, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1,250", "comma", 1.25)]
    [InlineData("1,250", "point", 1250)]
    [InlineData("1.250", "comma", 1250)]
    [InlineData("1.250", "point", 1.25)]
    public void Ambiguous_three_digit_groups_follow_the_document_style(string text, string style, double expected)
    {
        Assert.Equal((decimal)expected, NumberParser.Parse(text, style == "comma" ? DecimalStyle.Comma : DecimalStyle.Point));
    }

    [Theory]
    [InlineData("2,000", "comma", 2000)]
    [InlineData("2.000", "point", 2000)]
    [InlineData("2,5", "comma", 2.5)]
    [InlineData("1.250,000", "comma", 1250)]
    public void A_count_of_pieces_groups_three_digits_in_either_style(string text, string style, double expected)
    {
        Assert.True(NumberParser.TryParseCount(text, style == "comma" ? DecimalStyle.Comma : DecimalStyle.Point, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("12.34.5")]
    [InlineData("1.234,5.6")]
    public void Rejects_malformed_numbers(string text)
    {
        Assert.False(NumberParser.TryParse(text, DecimalStyle.Unknown, out _));
    }

    [Fact]
    public void Detects_decimal_comma_documents()
    {
        Assert.Equal(DecimalStyle.Comma, NumberParser.Detect(["0,21", "411,75", "36,00"]));
        Assert.Equal(DecimalStyle.Point, NumberParser.Detect(["$0.184", "5,000 pcs at $1.25"]));
        Assert.Equal(DecimalStyle.Comma, NumberParser.Detect(["5.000", "0,176 €"]));
        Assert.Equal(DecimalStyle.Point, NumberParser.Detect(["5,000", "0.176"]));
    }
}
