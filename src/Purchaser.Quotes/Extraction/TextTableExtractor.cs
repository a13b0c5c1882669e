using Purchaser.Quotes.Tables;

namespace Purchaser.Quotes.Extraction;

/// <summary>Reads tables written in the reply's text: pipe tables, tab-separated rows, space-aligned columns under a header.</summary>
internal sealed class TextTableExtractor : IQuoteExtractor
{
    public string Name => "text-table";

    public void Extract(QuoteDocument document, QuoteFindings findings)
    {
        foreach (var table in TextTableParser.Parse(document.TextLines, document.Options.MaxTableRows))
        {
            TableReader.Read(table, document.Context, findings);
        }
    }
}
