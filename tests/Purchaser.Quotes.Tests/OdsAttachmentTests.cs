using System.IO.Compression;
using System.Text;
using Purchaser.Domain;

namespace Purchaser.Quotes.Tests;

public class OdsAttachmentTests
{
    private const string Ods = "application/vnd.oasis.opendocument.spreadsheet";
    private readonly QuoteParser _parser = new();

    [Fact]
    public void A_libreoffice_sheet_is_read_with_its_currency_cells_and_without_expanding_a_million_empty_rows()
    {
        var rows = Row(Text("Part number"), Text("Qty"), Text("Unit price"), Text("Lead time"))
            + Row(Text("ABC-100"), Number(1000), "<table:table-cell office:value-type=\"currency\" office:currency=\"USD\" office:value=\"2.45\"><text:p>$2.45</text:p></table:table-cell>", Text("3 weeks"))
            + Row(Text("XYZ-200"), Number(50), Text("no quote"), "<table:table-cell table:number-columns-repeated=\"1000\"/>")
            + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";

        var quote = Parse(Spreadsheet(rows));

        var widget = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, widget.UnitPrice?.Amount);
        Assert.Equal(CurrencyCode.Usd, widget.UnitPrice?.Currency);
        Assert.Equal(21, widget.LeadTimeDays);
        Assert.True(quote.Lines.Single(l => l.LineNumber == 2).NoBid);
    }

    [Fact]
    public void Repeated_rows_with_content_count_against_the_row_limit()
    {
        var rows = Row(Text("Part number"), Text("Unit price")) + $"<table:table-row table:number-rows-repeated=\"5000\">{Text("ABC-100")}{Text("USD 2.45")}</table:table-row>";
        var parser = new QuoteParser(options: new QuoteParserOptions { MaxTableRows = 100 });

        var quote = parser.Parse(Mail(Spreadsheet(rows)), TestRfq.Create());

        Assert.Contains("quote.ods: only the first 100 rows of a sheet were read", quote.Reason ?? string.Join(" ", quote.Deviations.Select(d => d.Detail)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_sheet_is_a_reason_not_an_exception()
    {
        var quote = _parser.Parse(Mail(Encoding.ASCII.GetBytes("PK broken")), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("quote.ods: the spreadsheet could not be read", quote.Reason, StringComparison.Ordinal);
    }

    private NormalizedQuote Parse(byte[] ods) => _parser.Parse(Mail(ods), TestRfq.Create());

    private static byte[] Mail(byte[] ods) =>
        TestRfq.Mail("multipart/mixed; boundary=\"b\"", TestRfq.Attachment("Our quotation is attached.", "quote.ods", Ods, ods));

    private static string Row(params string[] cells) => "<table:table-row>" + string.Concat(cells) + "</table:table-row>";

    private static string Text(string text) => $"<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>";

    private static string Number(decimal value) => $"<table:table-cell office:value-type=\"float\" office:value=\"{value}\"><text:p>{value:N0}</text:p></table:table-cell>";

    private static byte[] Spreadsheet(string rows)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("content.xml").Open();
            entry.Write(Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + $"<office:body><office:spreadsheet><table:table table:name=\"Quote\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"));
        }

        return zip.ToArray();
    }
}
