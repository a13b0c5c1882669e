using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MimeKit;
using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Quotes.Tests;

/// <summary>Parse-once reading, memory on the largest accepted message, and the limits that end hostile input as unparseable.</summary>
public class BoundedIngestTests
{
    private readonly QuoteParser _parser = new();

    [Fact]
    public void An_already_parsed_message_reads_exactly_like_its_bytes()
    {
        var files = Directory.GetFiles(TestFiles.Corpus(), "*.json").Where(f => !Path.GetFileName(f).StartsWith("rfq", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 40);
        foreach (var file in files)
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(file));
            var rfq = TestFiles.LoadRfq(Path.Combine(TestFiles.Corpus(), expected.RootElement.GetProperty("rfq").GetString()!));
            var bytes = File.ReadAllBytes(Path.Combine(TestFiles.Corpus(), expected.RootElement.GetProperty("file").GetString()!));
            using var stream = new MemoryStream(bytes);
            var message = MimeMessage.Load(stream);

            var fromMessage = JsonSerializer.Serialize(_parser.Parse(message, rfq).ToDto());
            var fromBytes = JsonSerializer.Serialize(_parser.Parse(bytes, rfq).ToDto());

            Assert.Equal(fromBytes, fromMessage);
        }
    }

    [Fact]
    public void A_message_the_caller_parsed_stays_usable_after_reading_as_the_parser_disposes_only_its_own()
    {
        using var stream = new MemoryStream(TestRfq.Mail("text/plain", "ABC-100: $1.25 each, 2 weeks.\r\n"));
        using var message = MimeMessage.Load(stream);

        var quote = _parser.Parse(message, TestRfq.Create());

        Assert.Equal(1.25m, quote.Lines.Single().UnitPrice?.Amount);
        Assert.Contains("$1.25 each", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_25_MB_message_with_a_big_attachment_is_read_in_bounded_memory()
    {
        var attachment = new byte[18_500_000];
        new Random(7).NextBytes(attachment);
        var body = "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nABC-100: $1.25 each, 2 weeks.\r\n"
            + "--b\r\nContent-Type: application/octet-stream; name=drawings.bin\r\nContent-Disposition: attachment; filename=drawings.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Convert.ToBase64String(attachment, Base64FormattingOptions.InsertLineBreaks) + "\r\n--b--\r\n";
        var mail = TestRfq.Mail("multipart/mixed; boundary=\"b\"", body);
        Assert.InRange(mail.Length, 24 * 1024 * 1024, new QuoteParserOptions().MaxMessageBytes);
        _parser.Parse(TestRfq.Mail("text/plain", "ABC-100: $1.00 each\r\n"), TestRfq.Create());

        var before = GC.GetAllocatedBytesForCurrentThread();
        var quote = _parser.Parse(mail, TestRfq.Create());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1.25m, quote.Lines.Single().UnitPrice?.Amount);
        Assert.Contains("drawings.bin is larger than", quote.Reason, StringComparison.Ordinal);
        // The message is neither copied nor decoded whole: what is allocated stays well under the message's own size.
        Assert.True(allocated < mail.Length / 2, $"{allocated:N0} bytes allocated for a {mail.Length:N0} byte message");
    }

    [Fact]
    public void Enormous_headers_are_unparseable_with_a_reason()
    {
        var header = "X-Junk: " + new string('a', 2_000_000) + "\r\n";
        var mail = TestRfq.Mail("text/plain", "ABC-100: $1.25 each, 2 weeks\r\n", header);

        var quote = _parser.Parse(mail, TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("headers are larger than", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_within_the_configured_limit_are_read()
    {
        var header = "X-Junk: " + new string('a', 100_000) + "\r\n";
        var mail = TestRfq.Mail("text/plain", "ABC-100: $1.25 each, 2 weeks\r\n", header);

        Assert.Equal(1.25m, _parser.Parse(mail, TestRfq.Create()).Lines.Single().UnitPrice?.Amount);
        Assert.Equal(QuoteStatus.Unparseable, new QuoteParser(options: new QuoteParserOptions { MaxHeaderBytes = 50_000 }).Parse(mail, TestRfq.Create()).Status);
    }

    [Fact]
    public void A_part_with_enormous_headers_is_skipped_with_a_reason()
    {
        var body = "--b\r\nContent-Type: text/plain\r\nX-Junk: " + new string('a', 300_000) + "\r\n\r\nABC-100: $1.25 each\r\n--b--\r\n";

        var quote = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("headers larger than", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xlsx_zip_bomb_is_not_expanded_and_ends_unparseable_with_a_reason()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 8; i++)
            {
                entry.Write(spaces);
            }
        }

        var parser = new QuoteParser(options: new QuoteParserOptions { MaxSpreadsheetExpandedBytes = 1024 * 1024 });
        var quote = parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", Attachment("See attached.", "q.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", zip.ToArray())), TestRfq.Create());

        Assert.True(zip.Length < 100_000);
        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("q.xlsx: the spreadsheet expands to more than 1048576 bytes", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_media_in_a_workbook_does_not_count_against_the_expansion_limit_and_its_sheet_is_read()
    {
        var dir = TestFiles.Corpus();
        var rfq = TestFiles.LoadRfq(Path.Combine(dir, "rfq-corpus.json"));
        var original = File.ReadAllBytes(Path.Combine(dir, "c06-xlsx.eml"));
        var workbook = MimeKit.MimeMessage.Load(new MemoryStream(original)).Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName?.EndsWith(".xlsx", StringComparison.Ordinal) == true);
        using var xlsx = new MemoryStream();
        workbook.Content!.DecodeTo(xlsx);
        using (var archive = new ZipArchive(xlsx, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var media = archive.CreateEntry("xl/media/image1.png", CompressionLevel.Fastest).Open();
            media.Write(new byte[8 * 1024 * 1024]);
        }

        var limited = new QuoteParser(options: new QuoteParserOptions { MaxSpreadsheetExpandedBytes = 1024 * 1024 });
        var withMedia = limited.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", Attachment("See attached.", "q.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.ToArray())), rfq);
        var asSent = _parser.Parse(original, rfq);

        Assert.NotEqual(QuoteStatus.Unparseable, withMedia.Status);
        Assert.DoesNotContain("expands to more than", withMedia.Reason ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(asSent.Lines.Select(l => l.UnitPrice), withMedia.Lines.Select(l => l.UnitPrice));
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1")]
    [InlineData("xl/sharedStrings.bin")]
    [InlineData("xl/media/sheet.xml")]
    public void A_zip_bomb_in_a_part_of_any_name_but_media_is_measured(string part)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry(part, CompressionLevel.Fastest).Open();
            entry.Write(new byte[4 * 1024 * 1024]);
        }

        zip.Position = 0;
        Assert.True(Purchaser.Quotes.Tables.ZipExpansion.Exceeds(zip, 1024 * 1024));
    }

    [Fact]
    public void A_csv_with_a_million_rows_ends_unparseable_with_the_limit_as_reason()
    {
        var csv = new StringBuilder("line,part,qty,unit price\r\n", 10_000_000);
        for (var i = 0; i < 1_000_000; i++)
        {
            csv.Append("9,JUNK,1,9\r\n");
        }

        var mail = TestRfq.Mail("multipart/mixed; boundary=\"b\"", Attachment("See attached.", "q.csv", "text/csv", Encoding.ASCII.GetBytes(csv.ToString())));

        var bySize = _parser.Parse(mail, TestRfq.Create());
        var byRows = new QuoteParser(options: new QuoteParserOptions { MaxAttachmentBytes = 20_000_000 }).Parse(mail, TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, bySize.Status);
        Assert.Contains("q.csv is larger than", bySize.Reason, StringComparison.Ordinal);
        Assert.Equal(QuoteStatus.Unparseable, byRows.Status);
        Assert.Contains("q.csv: only the first 2000 rows were read", byRows.Reason, StringComparison.Ordinal);
    }

    private static string Attachment(string text, string name, string type, byte[] content) => TestRfq.Attachment(text, name, type, content);
}
