namespace Purchaser.Quotes;

/// <summary>What one extractor read about one RFQ line. Values are already in the RFQ unit.</summary>
public sealed class LineFinding
{
    /// <summary>The RFQ line the finding is about.</summary>
    public required int LineNumber { get; init; }

    /// <summary>
    /// How much the finding is trusted, from 0 to 1; when extractors disagree the most trusted reading wins, and
    /// structured sources (tables) rank above prose.
    /// </summary>
    public double Confidence { get; set; }

    /// <summary>The message part the finding was read from (see <see cref="QuoteParts"/>); null means the body.</summary>
    public string? Part { get; set; }

    /// <summary>The text each value was read from, keyed by <see cref="QuoteFields"/> names.</summary>
    public IDictionary<string, string> Sources { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>For a merged finding, the part each source came from where it is not the body; null when all are.</summary>
    internal Dictionary<string, string>? SourceParts { get; set; }

    /// <summary>Whether the vendor declines the line.</summary>
    public bool NoBid { get; set; }

    /// <summary>The vendor's reason for declining, when given.</summary>
    public string? NoBidReason { get; set; }

    /// <summary>Price per one RFQ unit for the requested (or quoted) quantity.</summary>
    public decimal? UnitPrice { get; set; }

    /// <summary>The price's currency when the text marks it; otherwise the quote's currency applies.</summary>
    public CurrencyCode? Currency { get; set; }

    /// <summary>The quoted quantity in the RFQ unit, when the vendor states one.</summary>
    public decimal? Quantity { get; set; }

    /// <summary>Lead time in calendar days.</summary>
    public int? LeadTimeDays { get; set; }

    /// <summary>Minimum order quantity in the RFQ unit.</summary>
    public decimal? Moq { get; set; }

    /// <summary>Quantity tiers other than the one <see cref="UnitPrice"/> applies to: minimum quantity and price per RFQ unit.</summary>
    public IList<PriceBreakFinding> PriceBreaks { get; } = [];

    /// <summary>The smallest quantity <see cref="UnitPrice"/> is offered for, when a tier says so; otherwise one unit.</summary>
    internal decimal? BaseMinimum { get; set; }

    /// <summary>The vendor's own part offered instead of the requested one.</summary>
    public string? AlternatePartNumber { get; set; }

    /// <summary>
    /// Whether this is an offer made besides the line's own ("if acceptable, we could also supply ..."): it answers the
    /// line only when nothing else prices it.
    /// </summary>
    public bool IsOption { get; set; }

    /// <summary>
    /// Whether this corrects what is given elsewhere ("$148.20 should read $142.80", "unlike the table, the lead time is now
    /// 12 weeks"): its price and lead time replace those.
    /// </summary>
    public bool IsCorrection { get; set; }

    /// <summary>Remarks for the line.</summary>
    public string? Notes { get; set; }

    /// <summary>Records that <paramref name="field"/> was read from <paramref name="text"/>, unless a source is already known.</summary>
    public void Source(string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (text is { } value && value.Trim() is { Length: > 0 } trimmed)
        {
            Sources.TryAdd(field, trimmed.Length > 200 ? trimmed[..200] : trimmed);
        }
    }

    /// <summary>Whether the finding answers the line (a price or a decline), rather than only adding details.</summary>
    public bool Answers => NoBid || UnitPrice is not null;
}
