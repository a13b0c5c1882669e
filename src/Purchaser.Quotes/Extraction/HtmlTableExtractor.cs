using Purchaser.Quotes.Tables;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads tables from HTML parts that were not chosen as the reply's text (the HTML side of multipart/alternative, HTML attachments), and the terms of an attached HTML document.</summary>
internal sealed class HtmlTableExtractor : IQuoteExtractor
{
    public string Name => "html-table";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var part in document.Attachments.Where(a => a.ContentType == "text/html"))
        {
            var first = findings.Lines.Count;
            var html = CsvParser.Decode(part.Content.Span, part.Charset);
            var text = HistoryStripper.Strip(HtmlText.ToText(html, document.Options.MaxTextChars));
            foreach (var table in TextTableParser.Parse(text, document.Options.MaxTableRows).Where(t => t.Source == "pipe table"))
            {
                TableReader.Read(table, document.Context, findings);
            }

            // The HTML side of a multipart/alternative body has no file name: it is the body, whose terms are read already.
            // An attached HTML document (an ERP export) states its own validity and delivery terms.
            if (part.FileName.Length > 0)
            {
                TermsReader.Read(text, document.Context, findings);
            }

            findings.MarkPart(first, part.FileName.Length > 0 ? QuoteParts.Attachment(part) : QuoteParts.Body);
        }
    }
}
