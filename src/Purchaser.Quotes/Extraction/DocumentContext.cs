using System.Text.RegularExpressions;
using Purchaser.Quotes.Text;

namespace Purchaser.Quotes.Extraction;

/// <summary>What every built-in extractor needs about one document, computed once.</summary>
internal sealed partial class DocumentContext
{
    private readonly Dictionary<int, PackSizes> _linePacks = [];
    private DecimalStyle? _textStyle;
    private int? _onlyLineNamed;
    private PriceBasis? _statedBasis;
    private bool _statedBasisRead;

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

    /// <summary>
    /// The basis the whole reply states for its prices ("all prices are USD per 1,000 pcs"), for a table whose prices
    /// say none of their own; null when it states none.
    /// </summary>
    public PriceBasis? StatedBasis
    {
        get
        {
            if (!_statedBasisRead)
            {
                _statedBasisRead = true;
                var text = Document.Text;
                if (text.Contains("prices", StringComparison.OrdinalIgnoreCase) && AllPricesPer().Match(text) is { Success: true } m)
                {
                    _statedBasis = PriceBasis.ReadAfter(text, m.Groups["basis"].Index, out _);
                }
            }

            return _statedBasis;
        }
    }

    /// <summary>Text lines a table already answered a line from; prose reading skips them, as it could only add a weaker reading.</summary>
    public HashSet<string> RowsReadByTables { get; } = new(StringComparer.Ordinal);

    public PackSizes PacksFor(Purchaser.Domain.RfqLine line, string? extra = null) => PackSizes.From(extra, line.Description);

    /// <summary>Pack sizes for a table row answering <paramref name="line"/>; a row naming no package shares its line's.</summary>
    public PackSizes PacksForRow(Purchaser.Domain.RfqLine line, IReadOnlyList<string> row)
    {
        if (PackSizes.NamesPackage(row))
        {
            var rowPacks = new PackSizes();
            foreach (var cell in row)
            {
                rowPacks.LearnCell(cell);
            }

            rowPacks.Learn(string.Join("  ", row));
            rowPacks.Learn(line.Description);
            return rowPacks;
        }

        if (!_linePacks.TryGetValue(line.LineNumber, out var packs))
        {
            _linePacks[line.LineNumber] = packs = PackSizes.From(line.Description);
        }

        return packs;
    }

    [GeneratedRegex(@"\b(?:all\s+prices|prices\s+(?:are\s+)?in\s+(?:[A-Z]{3}|US\$|\$|€|£))\s+(?:are\s+|quoted\s+|shown\s+)*(?:(?:in\s+)?(?:[A-Z]{3}|US\$)\s+)?(?<basis>(?:per|/)\s*(?:1[,.]?000|100|thousand|hundred|M|C)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AllPricesPer();
}
