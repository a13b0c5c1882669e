using Purchaser.Domain;
using Purchaser.Quotes.Extraction;

namespace Purchaser.Quotes.Tests;

/// <summary>Every line says how sure its reading is and where each value was read; the best-supported reading wins.</summary>
public class ConfidenceAndSourceTests
{
    private readonly QuoteParser _parser = new();

    [Fact]
    public void A_table_reading_beats_prose_about_the_same_line_whichever_comes_first()
    {
        const string table = "Part | Qty | Unit price | Lead time\r\nABC-100 | 1000 | $2.45 | 3 weeks\r\n";
        const string prose = "ABC-100 would be $2.60 each in 5 weeks.\r\n";

        foreach (var body in new[] { table + "\r\n" + prose, prose + "\r\n" + table })
        {
            var line = _parser.Parse(TestRfq.Mail("text/plain", body), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

            Assert.Equal(2.45m, line.UnitPrice?.Amount);
            Assert.Equal(21, line.LeadTimeDays);
            Assert.Equal(TableReaderConfidence, line.Confidence);
            Assert.Equal(new SourceSpan("body", "$2.45"), line.Sources["unitPrice"]);
            Assert.Equal(new SourceSpan("body", "3 weeks"), line.Sources["leadTimeDays"]);
        }
    }

    [Fact]
    public void Prose_is_read_with_less_confidence_than_a_table()
    {
        var line = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $2.60 each, MOQ 500 pcs, 5 weeks.\r\n"), TestRfq.Create()).Lines.Single();

        Assert.Equal(FreeTextExtractor.Confidence, line.Confidence);
        Assert.Equal(new SourceSpan("body", "$2.60 each"), line.Sources["unitPrice"]);
        Assert.Equal(new SourceSpan("body", "MOQ 500 pcs"), line.Sources["moq"]);
        Assert.Equal(new SourceSpan("body", "5 weeks"), line.Sources["leadTimeDays"]);
    }

    [Fact]
    public void An_ambiguous_lone_thousands_number_lowers_the_confidence()
    {
        var clear = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: USD 1,250.00 per 1000 pcs, 3 weeks.\r\n"), TestRfq.Create()).Lines.Single();
        var ambiguous = _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: USD 1,250 per 1000 pcs, 3 weeks.\r\n"), TestRfq.Create()).Lines.Single();

        Assert.Equal(1.25m, clear.UnitPrice?.Amount);
        Assert.Equal(1.25m, ambiguous.UnitPrice?.Amount);
        Assert.True(ambiguous.Confidence < clear.Confidence, $"{ambiguous.Confidence} < {clear.Confidence}");
    }

    [Theory]
    [InlineData("$1,234", true)]
    [InlineData("1.234 EUR", true)]
    [InlineData("12,500", true)]
    [InlineData("1,234.50", false)]
    [InlineData("1.234,50 €", false)]
    [InlineData("1 234,50", false)]
    [InlineData("12,50 €", false)]
    [InlineData("0,125", false)]
    [InlineData("1,234,567", false)]
    [InlineData("$4.10", false)]
    public void A_number_is_ambiguous_only_with_one_separator_before_three_digits(string text, bool ambiguous)
    {
        Assert.Equal(ambiguous, ReadingConfidence.IsAmbiguous(text));
    }

    [Theory]
    [InlineData("c04-csv-comma", "attachment:brooks_quote.csv", "4.05")]
    [InlineData("c06-xlsx", "attachment:KQ-5521.xlsx", null)]
    [InlineData("c43-pdf-table", "attachment:OQ-7781.pdf", "3,72 EUR")]
    public void Values_read_from_an_attachment_name_it(string name, string part, string? priceText)
    {
        var dir = TestFiles.Corpus();
        var quote = _parser.Parse(File.ReadAllBytes(Path.Combine(dir, name + ".eml")), TestFiles.LoadRfq(Path.Combine(dir, "rfq-corpus.json")));

        var source = quote.Lines.Single(l => l.LineNumber == 1).Sources["unitPrice"];
        Assert.Equal(part, source.Part);
        if (priceText is not null)
        {
            Assert.Equal(priceText, source.Text);
        }
    }

    [Fact]
    public void One_line_can_take_its_price_from_an_attachment_and_its_lead_time_from_the_body()
    {
        const string mime = "--b1\r\nContent-Type: text/plain\r\n\r\nABC-100: lead time 3 weeks.\r\n"
            + "--b1\r\nContent-Type: text/csv; name=\"q.csv\"\r\nContent-Disposition: attachment; filename=\"q.csv\"\r\n\r\n"
            + "Part,Qty,Unit Price\r\nABC-100,1000,2.45\r\nXYZ-200,50,11.00\r\n--b1--\r\n";
        var line = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b1\"", mime), TestRfq.Create()).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(21, line.LeadTimeDays);
        Assert.Equal(new SourceSpan("attachment:q.csv", "2.45"), line.Sources["unitPrice"]);
        Assert.Equal(new SourceSpan("body", "3 weeks"), line.Sources["leadTimeDays"]);
    }

    [Fact]
    public void Every_line_of_every_corpus_reply_carries_a_confidence_and_the_source_of_its_price()
    {
        var dir = TestFiles.Corpus();
        var lines = 0;
        foreach (var eml in Directory.GetFiles(dir, "*.eml"))
        {
            var rfqFile = File.ReadAllText(Path.ChangeExtension(eml, ".json")).Contains("rfq-single.json", StringComparison.Ordinal) ? "rfq-single.json" : "rfq-corpus.json";
            foreach (var line in _parser.Parse(File.ReadAllBytes(eml), TestFiles.LoadRfq(Path.Combine(dir, rfqFile))).Lines)
            {
                lines++;
                Assert.InRange(line.Confidence ?? -1, 0.01, 1);
                Assert.True(line.NoBid || line.Sources.ContainsKey("unitPrice"), $"{Path.GetFileName(eml)} line {line.LineNumber} has no price source");
            }
        }

        Assert.True(lines > 100, $"{lines} lines");
    }

    private const double TableReaderConfidence = Tables.TableReader.Confidence;
}
