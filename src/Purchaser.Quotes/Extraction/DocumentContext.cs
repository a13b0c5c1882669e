using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>What every built-in extractor needs about one document, computed once.</summary>
internal sealed class DocumentContext
{
    public DocumentContext(QuoteDocument document)
    {
        Document = document;
        Matcher = new LineMatcher(document.Rfq);
        Currencies = new CurrencyResolver(document.Text);
        TextStyle = NumberParser.Detect([document.Text]);
    }

    public QuoteDocument Document { get; }

    public LineMatcher Matcher { get; }

    public CurrencyResolver Currencies { get; }

    public DecimalStyle TextStyle { get; }

    /// <summary>Text lines a table already answered a line from; prose reading skips them, as it could only add a weaker reading.</summary>
    public HashSet<string> RowsReadByTables { get; } = new(StringComparer.Ordinal);

    public PackSizes PacksFor(Purchaser.Domain.RfqLine line, string? extra = null) => PackSizes.From(line.Description, extra);
}
