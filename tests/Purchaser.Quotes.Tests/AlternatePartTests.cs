namespace Purchaser.Quotes.Tests;

/// <summary>An alternate part is one the vendor offers instead; its own item number for the same part is not one.</summary>
public class AlternatePartTests
{
    private readonly QuoteParser _parser = new();

    [Fact]
    public void The_vendors_own_part_number_under_a_label_is_a_cross_reference_not_an_alternate()
    {
        const string body = """
            Line Your Part No.    Description        Qty UM    Unit Price Per
               1 ABC-100          WIDGET STEEL     1,000 EA        2.4000 EA
                 Our Part: TCP-A100  Rev: A
               2 XYZ-200          BRACKET ALU         50 EA       11.0000 EA
                 Our Part: TCP-X200  Rev: -
            """;

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.All(quote.Lines, l => Assert.Null(l.AlternatePartNumber));
        Assert.Equal(2.40m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice!.Value.Amount);
    }

    [Fact]
    public void Our_part_offered_in_words_is_still_an_alternate()
    {
        const string body = "ABC-100: we offer our part TCP-A100-B instead, $2.30 each, 3 weeks.\nXYZ-200: $11.00 each, 2 weeks.";

        var quote = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create());

        Assert.Equal("TCP-A100-B", quote.Lines.Single(l => l.LineNumber == 1).AlternatePartNumber);
    }
}
