using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

/// <summary>The parser registered for ingestion reads what the inbound limits let in: one set of bounds, not two.</summary>
public class InboundLimitsFollowedTests
{
    [Fact]
    public void An_attachment_the_inbound_limit_admits_is_read_even_above_the_parser_default()
    {
        var mime = ReplyWithCsv(6 * 1024 * 1024);

        var standalone = new QuoteParser().Parse(mime, TestRfq.Create());
        Assert.Contains("larger than", standalone.Reason ?? string.Empty, StringComparison.Ordinal);

        var ingestion = Parser(new Dictionary<string, string?> { ["Purchaser:Mail:Inbound:MaxAttachmentBytes"] = $"{8 * 1024 * 1024}" });
        var quote = ingestion.Parse(mime, TestRfq.Create());

        Assert.Equal(QuoteStatus.Parsed, quote.Status);
        Assert.Equal(12.5m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
    }

    [Fact]
    public void The_inbound_nesting_limit_counts_the_body_as_level_one_and_the_parser_follows_it()
    {
        // The reply's text sits three levels down: mixed > alternative > plain.
        var mime = Nested();

        var tooShallow = Parser(new Dictionary<string, string?> { ["Purchaser:Mail:Inbound:MaxMimeDepth"] = "2" }).Parse(mime, TestRfq.Create());
        var deepEnough = Parser(new Dictionary<string, string?> { ["Purchaser:Mail:Inbound:MaxMimeDepth"] = "3" }).Parse(mime, TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, tooShallow.Status);
        Assert.Equal(QuoteStatus.Parsed, deepEnough.Status);
        Assert.Equal(QuoteStatus.Parsed, new QuoteParser().Parse(mime, TestRfq.Create()).Status);
    }

    [Fact]
    public void Code_configuration_still_sets_a_bound_apart()
    {
        var parser = Parser(new Dictionary<string, string?> { ["Purchaser:Mail:Inbound:MaxAttachmentBytes"] = $"{8 * 1024 * 1024}" }, o => o.MaxAttachmentBytes = 1024 * 1024);

        var quote = parser.Parse(ReplyWithCsv(2 * 1024 * 1024), TestRfq.Create());

        Assert.Contains("larger than 1048576 bytes", quote.Reason ?? string.Empty, StringComparison.Ordinal);
    }

    private static QuoteParser Parser(Dictionary<string, string?> settings, Action<QuoteParserOptions>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddPurchaser().AddRfqMail(configuration.GetSection("Purchaser:Mail")).AddQuoteIngestion(configure);
        return services.BuildServiceProvider().GetRequiredService<QuoteParser>();
    }

    private static byte[] ReplyWithCsv(int size)
    {
        var csv = new StringBuilder("Part,Unit price,Lead time\r\nABC-100,12.50,4 weeks\r\nXYZ-200,3.10,2 weeks\r\n");
        while (csv.Length < size)
        {
            csv.Append("# filler row carried by a vendor export, nothing to read here\r\n");
        }

        var body = Convert.ToBase64String(Encoding.ASCII.GetBytes(csv.ToString()), Base64FormattingOptions.InsertLineBreaks);
        return TestRfq.Mail(
            "multipart/mixed; boundary=\"b1\"",
            "--b1\r\nContent-Type: text/plain\r\n\r\nOur quote is attached, prices in USD.\r\n" +
            "--b1\r\nContent-Type: text/csv; name=\"quote.csv\"\r\nContent-Disposition: attachment; filename=\"quote.csv\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            body + "\r\n--b1--\r\n");
    }

    private static byte[] Nested() => TestRfq.Mail(
        "multipart/mixed; boundary=\"outer\"",
        "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n" +
        "--inner\r\nContent-Type: text/plain\r\n\r\nABC-100: USD 12.50 each, 4 weeks. XYZ-200: USD 3.10 each, 2 weeks.\r\n--inner--\r\n" +
        "--outer--\r\n");
}
