using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>What every built-in extractor needs about one document, computed once.</summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<int, PackSizes> _linePacks = [];
    private DecimalStyle? _textStyle;
    private int? _onlyLineNamed;

    public DocumentContext(QuoteDocument document)
    {
        Document = document;
        Matcher = new LineMatcher(document.Rfq);
        Currencies = new CurrencyResolver(document.Text);
    }

    public QuoteDocument Document { get; }

    public LineMatcher Matcher { get; }

    public CurrencyResolver Currencies { get; }

    /// <summary>How the whole text writes decimals; voted on first use, as a table that shows its own style never asks.</summary>
    public DecimalStyle TextStyle => _textStyle ??= NumberParser.Detect([Document.Text]);

    /// <summary>
    /// The one RFQ line the text names by part or line number, when it names exactly one (0 when none or several): prose
    /// about no line in particular ("Minimum casting lot: 50 pieces") is about that one.
    /// </summary>
    public int OnlyLineNamed => _onlyLineNamed ??= Matcher.Find(Document.Text, allowDescription: false).Select(r => r.LineNumber).Distinct().Take(2).ToList() is [var only] ? only : 0;

    /// <summary>Text lines a table already answered a line from; prose reading skips them, as it could only add a weaker reading.</summary>
    public HashSet<string> RowsReadByTables { get; } = new(StringComparer.Ordinal);

    public PackSizes PacksFor(Purchaser.Domain.RfqLine line, string? extra = null) => PackSizes.From(line.Description, extra);

    /// <summary>Pack sizes for a table row answering <paramref name="line"/>; a row naming no package shares its line's.</summary>
    public PackSizes PacksForRow(Purchaser.Domain.RfqLine line, IReadOnlyList<string> row)
    {
        if (PackSizes.NamesPackage(row))
        {
            return PackSizes.From(line.Description, string.Join("  ", row));
        }

        if (!_linePacks.TryGetValue(line.LineNumber, out var packs))
        {
            _linePacks[line.LineNumber] = packs = PackSizes.From(line.Description);
        }

        return packs;
    }
}
