using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Core.Tests;

/// <summary>A stored quote keeps how it was read: classification, per-line confidence and the source of each value.</summary>
public class QuoteDocumentCodecTests
{
    [Fact]
    public void Classification_confidence_and_sources_survive_storage()
    {
        var quote = new NormalizedQuote
        {
            Status = QuoteStatus.Parsed,
            Currency = CurrencyCode.Usd,
            Classification = QuoteClassification.RevisedQuote,
            Lines =
            [
                new QuotedLine
                {
                    LineNumber = 1,
                    UnitPrice = new Money(12.5m, CurrencyCode.Usd),
                    LeadTimeDays = 28,
                    Confidence = 0.81,
                    Sources = new Dictionary<string, SourceSpan>
                    {
                        ["unitPrice"] = new("attachment:quote.pdf", "12,50 €"),
                        ["leadTimeDays"] = new("body", "4 weeks"),
                    },
                },
            ],
        };

        var read = DocumentCodec.ReadQuote(DocumentCodec.Write(quote));

        Assert.Equal(QuoteClassification.RevisedQuote, read.Classification);
        var line = Assert.Single(read.Lines);
        Assert.Equal(0.81, line.Confidence);
        Assert.Equal(new SourceSpan("attachment:quote.pdf", "12,50 €"), line.Sources["unitPrice"]);
        Assert.Equal(new SourceSpan("body", "4 weeks"), line.Sources["leadTimeDays"]);
    }

    [Fact]
    public void A_quote_stored_before_sources_existed_reads_with_none()
    {
        const string stored = """{"vendorEmail":null,"status":"parsed","currency":"USD","validUntil":null,"incoterms":null,"lines":[{"lineNumber":1,"noBid":false,"unitPrice":{"amount":12.5,"currency":"USD"},"quantity":null,"leadTimeDays":28,"moq":null,"priceBreaks":[],"alternatePartNumber":null,"notes":null}],"deviations":[]}""";

        var read = DocumentCodec.ReadQuote(stored);

        Assert.Null(read.Classification);
        Assert.Null(read.Lines[0].Confidence);
        Assert.Empty(read.Lines[0].Sources);
    }
}
