using System.Text;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

public class HostileInputTests
{
    private readonly QuoteParser _parser = new();

    [Fact]
    public void Garbage_bytes_are_unparseable_with_a_reason()
    {
        var random = new Random(42);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);

        var quote = _parser.Parse(bytes, TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.False(string.IsNullOrWhiteSpace(quote.Reason));
    }

    [Fact]
    public void Empty_input_is_unparseable()
    {
        var quote = _parser.Parse(Array.Empty<byte>(), TestRfq.Create());
        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.NotNull(quote.Reason);
    }

    [Fact]
    public void Deeply_nested_mime_is_bounded()
    {
        var builder = new StringBuilder();
        const int depth = 500;
        for (var i = 0; i < depth; i++)
        {
            builder.Append($"--b{i}\r\nContent-Type: multipart/mixed; boundary=\"b{i + 1}\"\r\n\r\n");
        }

        builder.Append($"--b{depth}\r\nContent-Type: text/plain\r\n\r\nABC-100: $1.00 each\r\n--b{depth}--\r\n");
        var mail = TestRfq.Mail("multipart/mixed; boundary=\"b0\"", builder.ToString());

        var quote = _parser.Parse(mail, TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.NotNull(quote.Reason);
    }

    [Fact]
    public void Oversized_message_is_unparseable()
    {
        var parser = new QuoteParser(options: new QuoteParserOptions { MaxMessageBytes = 1000 });
        var mail = TestRfq.Mail("text/plain", new string('x', 5000));

        var quote = parser.Parse(mail, TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("larger", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_with_very_many_rows_is_read_up_to_the_limit_and_says_so()
    {
        var csv = new StringBuilder("line,part,qty,unit price,lead time\r\n1,ABC-100,1000,1.10,2 weeks\r\n");
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append(CultureInvariant($"{i + 3},JUNK-{i},1,9.99,1 week\r\n"));
        }

        var body = "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: text/csv; name=q.csv\r\nContent-Disposition: attachment; filename=q.csv\r\n\r\n" + csv + "--b--\r\n";
        var mail = TestRfq.Mail("multipart/mixed; boundary=\"b\"", body);

        var quote = _parser.Parse(mail, TestRfq.Create());

        Assert.Equal(QuoteStatus.Partial, quote.Status);
        Assert.Equal(1.10m, quote.Lines.Single().UnitPrice?.Amount);
        Assert.Contains("rows", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_attachment_is_skipped_with_a_reason()
    {
        var parser = new QuoteParser(options: new QuoteParserOptions { MaxAttachmentBytes = 100 });
        var body = "--b\r\nContent-Type: text/plain\r\n\r\nABC-100 at $2.50 each.\r\n--b\r\nContent-Type: text/csv; name=q.csv\r\nContent-Disposition: attachment; filename=q.csv\r\n\r\n" + new string('1', 1000) + "\r\n--b--\r\n";

        var quote = parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", body), TestRfq.Create());

        Assert.Equal(2.50m, quote.Lines.Single().UnitPrice?.Amount);
        Assert.Contains("larger", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Corrupt_spreadsheet_does_not_throw()
    {
        var body = "--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name=q.xlsx\r\nContent-Disposition: attachment; filename=q.xlsx\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBBQAAAAIAAAAIVy4O/sYAgEAAC8CAAATAAAAW0NvbnRlbnRfVHlwZXNdLnht\r\n--b--\r\n";

        var quote = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("spreadsheet", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_custom_extractor_is_recorded_not_thrown()
    {
        var parser = new QuoteParser([.. QuoteParser.DefaultExtractors(), new Throwing()]);

        var quote = parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $1.00 each\r\n"), TestRfq.Create());

        Assert.Equal(1.00m, quote.Lines.Single().UnitPrice?.Amount);
        Assert.Contains("boom", quote.Reason, StringComparison.Ordinal);
    }

    private static string CultureInvariant(FormattableString s) => FormattableString.Invariant(s);

    private sealed class Throwing : IQuoteExtractor
    {
        public string Name => "throwing";

        public void Extract(QuoteDocument document, QuoteFindings findings) => throw new InvalidOperationException("boom");
    }
}
