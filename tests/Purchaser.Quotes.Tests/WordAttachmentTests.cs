using System.IO.Compression;
using System.Text;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

public class WordAttachmentTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private readonly QuoteParser _parser = new();

    [Fact]
    public void A_word_table_and_the_paragraphs_around_it_are_read()
    {
        var body = Paragraph("Quotation Q-77 for T-RFQ-1")
            + Table(["Part number", "Qty", "Unit price", "Lead time"], ["ABC-100", "1,000", "USD 2.45", "3 weeks"])
            + Paragraph("XYZ-200: no quote, we do not make brackets.")
            + Paragraph("Valid until 30 July 2026. FCA Linz.");

        var quote = Parse(Document(body));

        var widget = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widget.UnitPrice?.Amount);
        Assert.Equal(21, widget.LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
        Assert.Equal(new DateOnly(2026, 7, 30), quote.ValidUntil);
        Assert.Equal("FCA", quote.Incoterms);
    }

    [Fact]
    public void A_quote_written_as_paragraphs_with_runs_and_tabs_is_read()
    {
        var body = "<w:p><w:r><w:t>ABC-100:</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">USD 2.45 each, </w:t></w:r><w:r><w:t>stock</w:t></w:r></w:p>";

        var widget = Parse(Document(body)).Lines.Single(l => l.LineNumber == 1);

        Assert.Equal(2.45m, widget.UnitPrice?.Amount);
        Assert.Equal(0, widget.LeadTimeDays);
    }

    [Fact]
    public void A_document_that_expands_past_the_limit_is_not_read_and_says_why()
    {
        var parser = new QuoteParser(options: new QuoteParserOptions { MaxDocumentExpandedBytes = 1024 });
        var quote = parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("See attached.", "q.docx", Docx, Document(Paragraph(new string('x', 4096))))), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("q.docx: the document expands to more than 1024 bytes", quote.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_document_is_a_reason_not_an_exception()
    {
        var quote = _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("See attached.", "q.docx", Docx, Encoding.ASCII.GetBytes("PK not really a zip"))), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("q.docx: the Word document could not be read", quote.Reason, StringComparison.Ordinal);
    }

    private NormalizedQuote Parse(byte[] docx) =>
        _parser.Parse(TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("Please find our quotation attached.", "quotation.docx", Docx, docx)), TestRfq.Create());

    private static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    private static string Table(params string[][] rows) =>
        "<w:tbl>" + string.Concat(rows.Select(r => "<w:tr>" + string.Concat(r.Select(c => $"<w:tc>{Paragraph(c)}</w:tc>")) + "</w:tr>")) + "</w:tbl>";

    private static byte[] Document(string body)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Write(archive, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(archive, "word/document.xml", $"<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");
        }

        return zip.ToArray();
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}
