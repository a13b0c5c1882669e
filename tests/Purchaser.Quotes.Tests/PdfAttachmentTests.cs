using System.Text;
using CsCheck;
using Purchaser.Domain;
using Purchaser.Quotes.Pdf;

namespace Purchaser.Quotes.Tests;

/// <summary>PDF attachments: a text layer is read like a mail body; a hostile or unreadable PDF ends as a reason, never an exception or a hang.</summary>
public class PdfAttachmentTests
{
    private static readonly QuoteParserOptions Options = new();

    [Fact]
    public void A_table_in_a_pdf_becomes_priced_lines_sourced_from_the_attachment()
    {
        var pdf = TestPdf.Text(["Quotation 7781", "Part | Qty | Unit Price | Lead Time", "ABC-100 | 1000 | $2.45 | 3 weeks", "XYZ-200 | 50 | $11.00 | stock"]);
        var quote = new QuoteParser().Parse(WithPdf("Our quote is attached.", "q7781.pdf", pdf), TestRfq.Create());

        Assert.Equal(QuoteStatus.Parsed, quote.Status);
        var first = quote.Lines.Single(l => l.LineNumber == 1);
        Assert.Equal(2.45m, first.UnitPrice?.Amount);
        Assert.Equal(21, first.LeadTimeDays);
        Assert.Equal(new SourceSpan("attachment:q7781.pdf", "$2.45"), first.Sources["unitPrice"]);
        Assert.InRange(first.Confidence!.Value, 0.5, 0.95);
    }

    [Fact]
    public void Rows_under_a_header_are_laid_out_by_its_columns_keeping_the_empty_cells()
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            [4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",

            // Header: Part at 50, Description at 150, Qty at 300, Price at 400. Quantities are right-aligned under their
            // short heading, so they start left of it; the second row is a price break with nothing under Part and Description.
            [5] = TestPdf.Stream(
                "BT /F1 10 Tf 50 760 Td (Part) Tj ET\nBT /F1 10 Tf 150 760 Td (Description) Tj ET\nBT /F1 10 Tf 300 760 Td (Qty) Tj ET\nBT /F1 10 Tf 400 760 Td (Unit price) Tj ET\n" +
                "BT /F1 10 Tf 50 745 Td (ABC-100) Tj ET\nBT /F1 10 Tf 150 745 Td (Steel widget, long name) Tj ET\nBT /F1 10 Tf 292 745 Td (1,000) Tj ET\nBT /F1 10 Tf 400 745 Td (2.45) Tj ET\n" +
                "BT /F1 10 Tf 292 730 Td (5,000) Tj ET\nBT /F1 10 Tf 400 730 Td (2.10) Tj ET"),
        };

        var lines = PdfTextReader.Read(TestPdf.Write(objects), "x.pdf", Options).Text.Split('\n');

        Assert.Equal("Part\tDescription\tQty\tUnit price", lines[0]);
        Assert.Equal("ABC-100\tSteel widget, long name\t1,000\t2.45", lines[1]);
        Assert.Equal("\t\t5,000\t2.10", lines[2]);
    }

    [Fact]
    public void Headings_set_closer_than_their_columns_part_and_a_gap_under_the_header_or_between_items_keeps_the_table()
    {
        static string At(double x, double y, string text) => $"BT /F1 10 Tf {x} {y} Td ({text}) Tj ET\n";
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            [4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",

            // "Ln" and "Qty" 10 pt apart (a narrow line-number column); a blank line under the header and between items.
            [5] = TestPdf.Stream(
                At(50, 760, "Ln") + At(72, 760, "Qty") + At(150, 760, "Part No.") + At(250, 760, "Unit Price") + At(350, 760, "Lead Time") +
                At(50, 730, "1") + At(72, 730, "1,000") + At(150, 730, "ABC-100") + At(250, 730, "2.45") + At(350, 730, "3 wks") +
                At(50, 700, "2") + At(72, 700, "50") + At(150, 700, "XYZ-200") + At(250, 700, "11.00") + At(350, 700, "stock")),
        };

        var lines = PdfTextReader.Read(TestPdf.Write(objects), "x.pdf", Options).Text.Split('\n');

        Assert.Equal("Ln\tQty\tPart No.\tUnit Price\tLead Time", lines[0]);
        Assert.Equal("1\t1,000\tABC-100\t2.45\t3 wks", lines[1]);
        Assert.Equal("2\t50\tXYZ-200\t11.00\tstock", lines[2]);
    }

    [Fact]
    public void A_data_sheet_sent_with_the_quote_adds_no_conditions_to_it()
    {
        var quotePdf = TestPdf.Text(["Part | Qty | Unit Price | Lead Time", "ABC-100 | 1000 | $2.45 | 3 weeks", "XYZ-200 | 50 | $11.00 | stock"]);
        var dataSheet = TestPdf.Text(["Technical data sheet: steel widget", "Bore | 32 mm", "Stroke | 80 mm", "Subject to technical changes."]);
        var body = "--b\r\nContent-Type: text/plain\r\n\r\nQuote and data sheet attached.\r\n"
            + Part("quote.pdf", quotePdf) + Part("datasheet.pdf", dataSheet) + "--b--\r\n";

        var quote = new QuoteParser().Parse(TestRfq.Mail("multipart/mixed; boundary=b", body), TestRfq.Create());

        Assert.Equal(QuoteStatus.Parsed, quote.Status);
        Assert.DoesNotContain(quote.Deviations, d => d.Kind == "note");

        static string Part(string name, byte[] pdf) =>
            $"--b\r\nContent-Type: application/pdf; name={name}\r\nContent-Disposition: attachment; filename={name}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Convert.ToBase64String(pdf, Base64FormattingOptions.InsertLineBreaks) + "\r\n";
    }

    [Fact]
    public void Glyphs_are_grouped_into_words_and_columns_by_position()
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            [4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",

            // Drawn out of order and letter by letter: the row must still read left to right, with a column gap.
            [5] = TestPdf.Stream("BT /F1 10 Tf 300 700 Td ($3.10) Tj ET\nBT /F1 10 Tf 50 700 Td (A) Tj ET\nBT /F1 10 Tf 56.7 700 Td (BC-100) Tj ET\nBT /F1 10 Tf 50 760 Td (Unit price list) Tj ET"),
        };

        var text = PdfTextReader.Read(TestPdf.Write(objects), "x.pdf", Options);

        Assert.Null(text.Problem);
        Assert.Equal("Unit price list\n\nABC-100\t$3.10\n\n", text.Text);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_unparseable_and_the_reason_says_so()
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            [3] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            [4] = TestPdf.Stream("0.5 g 50 50 400 600 re f"),
        };

        var quote = new QuoteParser().Parse(WithPdf("Signed quotation attached.", "scan.pdf", TestPdf.Write(objects)), TestRfq.Create());

        Assert.Equal(QuoteStatus.Unparseable, quote.Status);
        Assert.Contains("scan.pdf: the PDF has no text layer", quote.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> HostilePdfs() => new()
    {
        { "page tree that contains itself", PageTree("<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>") },
        { "page whose parent chain loops", PageTree("<< /Type /Pages /Kids [5 0 R] /Count 1 >>", (5, "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>")) },
        { "a billion pages claimed", PageTree("<< /Type /Pages /Kids [4 0 R] /Count 1000000000 >>") },
        { "xref chain that points at itself", TestPdf.Write(Objects("<< /Type /Pages /Kids [4 0 R] /Count 1 >>"), "/Prev {xref}") },
        { "truncated file", TestPdf.Text(["ABC-100 $1.00"])[..180] },
        { "bytes after a PDF header", [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 251))] },
        { "not a PDF at all", "PK\u0003\u0004 this is a zip"u8.ToArray() },
        { "deeply nested page tree", DeepTree(2000) },
    };

    [Theory]
    [MemberData(nameof(HostilePdfs))]
    public void A_hostile_pdf_alone_ends_as_a_reason_without_an_exception(string what, byte[] pdf)
    {
        var quote = new QuoteParser().Parse(WithPdf("See attached.", "offer.pdf", pdf), TestRfq.Create());

        Assert.True(quote.Status == QuoteStatus.Unparseable || quote.Lines.Count > 0, what);
        if (quote.Status == QuoteStatus.Unparseable)
        {
            Assert.False(string.IsNullOrWhiteSpace(quote.Reason), what);
        }
    }

    [Theory]
    [MemberData(nameof(HostilePdfs))]
    public void A_hostile_pdf_does_not_stop_the_body_from_being_read(string what, byte[] pdf)
    {
        var quote = new QuoteParser().Parse(WithPdf("ABC-100: $1.25 each, 2 weeks\r\nXYZ-200: $7.50 each, stock", "offer.pdf", pdf), TestRfq.Create());

        Assert.Equal(QuoteStatus.Parsed, quote.Status);
        Assert.Equal(1.25m, quote.Lines.Single(l => l.LineNumber == 1).UnitPrice?.Amount);
        _ = what;
    }

    [Fact]
    public void A_pdf_over_the_byte_limit_is_not_opened()
    {
        var pdf = TestPdf.Text(["ABC-100 $1.00 each"]);
        var text = PdfTextReader.Read(pdf, "big.pdf", new QuoteParserOptions { MaxPdfBytes = pdf.Length - 1 });

        Assert.Equal(string.Empty, text.Text);
        Assert.Equal($"big.pdf: the PDF is larger than {pdf.Length - 1} bytes and was not read", text.Problem);
    }

    [Fact]
    public void Pages_beyond_the_page_limit_are_not_read()
    {
        var pdf = TestPdf.Text(["page one ABC-100"], ["page two"], ["page three XYZ-200"]);
        var text = PdfTextReader.Read(pdf, "long.pdf", new QuoteParserOptions { MaxPdfPages = 2 });

        Assert.Contains("page two", text.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("page three", text.Text, StringComparison.Ordinal);
        Assert.Equal("long.pdf: only the first 2 of 3 pages were read", text.Problem);
    }

    [Fact]
    public void Text_beyond_the_letter_budget_is_not_read()
    {
        var pdf = TestPdf.Text(["ABC-100 $1.00 each"], [new string('x', 200)]);
        var text = PdfTextReader.Read(pdf, "many.pdf", new QuoteParserOptions { MaxPdfLetters = 100 });

        Assert.Contains("ABC-100", text.Text, StringComparison.Ordinal);
        Assert.Equal("many.pdf: more than 100 characters; the rest was not read", text.Problem);
    }

    [Fact]
    public void A_read_that_overruns_its_time_budget_is_abandoned_with_a_reason()
    {
        var pages = Enumerable.Range(0, 30).Select(i => Enumerable.Range(0, 40).Select(j => $"row {i}-{j} ABC-100 $1.00 each lorem ipsum dolor").ToArray()).ToArray();
        var text = PdfTextReader.Read(TestPdf.Text(pages), "slow.pdf", new QuoteParserOptions { MaxPdfMilliseconds = 1, MaxPdfPages = 30, MaxPdfLetters = int.MaxValue, MaxTextChars = int.MaxValue });

        Assert.NotNull(text.Problem);
        Assert.Contains("1 ms", text.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Mutated_pdfs_never_throw_and_always_give_text_or_a_reason()
    {
        byte[][] seeds =
        [
            TestPdf.Text(["Part | Qty | Unit Price | Lead Time", "ABC-100 | 1000 | $2.45 | 3 weeks"], ["XYZ-200 | 50 | $11.00 | stock"]),
            PageTree("<< /Type /Pages /Kids [4 0 R] /Count 1 >>"),
        ];
        var mutated =
            from seed in Gen.Int[0, seeds.Length - 1].Select(i => seeds[i])
            from position in Gen.Double[0, 1]
            from noise in Gen.Byte.Array[1, 24]
            select Flip(seed, (int)(position * (seed.Length - 1)), noise);

        mutated.Sample(pdf => PdfTextReader.Read(pdf, "fuzz.pdf", Options) is var read && (read.Text.Trim().Length > 0 || read.Problem is not null), iter: 100, threads: 1);
    }

    private static byte[] Flip(byte[] seed, int position, byte[] noise)
    {
        var bytes = seed.ToArray();
        for (var i = 0; i < noise.Length && position + i < bytes.Length; i++)
        {
            bytes[position + i] ^= noise[i];
        }

        return bytes;
    }

    private static SortedDictionary<int, string> Objects(string pages, params (int Number, string Body)[] extra)
    {
        var objects = new SortedDictionary<int, string>
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>",
            [2] = pages,
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            [4] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 6 0 R >>",
            [6] = TestPdf.Stream("BT /F1 10 Tf 50 700 Td (ABC-100 $9.99 each) Tj ET"),
        };
        foreach (var (number, body) in extra)
        {
            objects[number] = body;
        }

        return objects;
    }

    private static byte[] PageTree(string pages, params (int Number, string Body)[] extra) => TestPdf.Write(Objects(pages, extra));

    private static byte[] DeepTree(int depth)
    {
        var objects = Objects("<< /Type /Pages /Kids [100 0 R] /Count 1 >>");
        for (var i = 0; i < depth; i++)
        {
            var kid = i + 1 < depth ? $"{101 + i} 0 R" : "4 0 R";
            objects[100 + i] = $"<< /Type /Pages /Parent {(i == 0 ? 2 : 99 + i)} 0 R /Kids [{kid}] /Count 1 >>";
        }

        return TestPdf.Write(objects);
    }

    private static byte[] WithPdf(string body, string fileName, byte[] pdf)
    {
        var base64 = Convert.ToBase64String(pdf, Base64FormattingOptions.InsertLineBreaks);
        var mime = new StringBuilder()
            .Append("--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").Append(body).Append("\r\n")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"--b1\r\nContent-Type: application/pdf; name=\"{fileName}\"\r\nContent-Disposition: attachment; filename=\"{fileName}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{base64}\r\n--b1--\r\n");
        return TestRfq.Mail("multipart/mixed; boundary=\"b1\"", mime.ToString());
    }
}
