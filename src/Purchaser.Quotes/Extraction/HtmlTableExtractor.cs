using Purchaser.Quotes.Tables;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads tables from HTML parts that were not chosen as the reply's text (the HTML side of multipart/alternative, HTML attachments).</summary>
internal sealed class HtmlTableExtractor : IQuoteExtractor
{
    public string Name => "html-table";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var part in document.Attachments.Where(a => a.ContentType == "text/html"))
        {
            var html = CsvParser.Decode(part.Content.Span, part.Charset);
            var text = HistoryStripper.Strip(HtmlText.ToText(html, document.Options.MaxTextChars));
            foreach (var table in TextTableParser.Parse(text, document.Options.MaxTableRows).Where(t => t.Source == "pipe table"))
            {
                TableReader.Read(table, document.Context, findings);
            }
        }
    }
}
