using Purchaser.Domain;

namespace Purchaser.Quotes;

/// <summary>Everything the extractors have read from one reply so far; each extractor adds to it.</summary>
public sealed class QuoteFindings
{
    private readonly Dictionary<string, int> _currencyVotes = new(StringComparer.Ordinal);

    /// <summary>Per-line findings, possibly several per line from different extractors.</summary>
    public IList<LineFinding> Lines { get; } = [];

    /// <summary>Quote-level remarks that are deviations (one-off charges, surcharge clauses).</summary>
    public IList<QuoteDeviation> Notes { get; } = [];

    /// <summary>Why parts of the reply could not be read (limits hit, unreadable attachments).</summary>
    public IList<string> Problems { get; } = [];

    /// <summary>The last day the prices hold.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>The Incoterms 2020 code.</summary>
    public string? Incoterms { get; set; }

    /// <summary>A lead time stated for the whole quote ("all items 4 weeks ARO"), used for lines that give none.</summary>
    public int? DefaultLeadTimeDays { get; set; }

    /// <summary>A minimum stated for every item ("MOQ: 5,000 pcs per item"), used for lines that state none of their own.</summary>
    public decimal? DefaultMoq { get; set; }

    /// <summary>Whether the vendor declines the whole RFQ in so many words.</summary>
    public bool DeclinesAll { get; set; }

    /// <summary>
    /// Whether the decline names the whole request ("we can not offer any items in this inquiry"): prices the reply gives
    /// anyway are of other products, not a quote.
    /// </summary>
    public bool DeclinesEntireRequest { get; set; }

    /// <summary>Whether the vendor declines every line it does not price ("the rest we cannot quote").</summary>
    public bool DeclinesRest { get; set; }

    /// <summary>The reason given for declining, when there is one.</summary>
    public string? DeclineReason { get; set; }

    /// <summary>Records that the reply states or marks prices in <paramref name="currency"/>.</summary>
    public void VoteCurrency(CurrencyCode currency, int weight = 1)
    {
        _currencyVotes[currency.Code] = _currencyVotes.GetValueOrDefault(currency.Code) + weight;
    }

    /// <summary>The currency with the most votes, or null.</summary>
    public CurrencyCode? LeadingCurrency =>
        _currencyVotes.Count == 0 ? null : CurrencyCode.Parse(_currencyVotes.OrderByDescending(v => v.Value).First().Key);

    /// <summary>Marks the line findings added from index <paramref name="first"/> on as read from <paramref name="part"/>.</summary>
    public void MarkPart(int first, string part)
    {
        for (var i = Math.Max(0, first); i < Lines.Count; i++)
        {
            Lines[i].Part ??= part;
        }
    }

    /// <summary>Adds a note deviation unless the same remark is already recorded.</summary>
    public void AddNote(int? lineNumber, string detail)
    {
        var text = detail.Trim();
        if (text.Length > 300)
        {
            text = text[..300];
        }

        if (!Notes.Any(n => string.Equals(n.Detail, text, StringComparison.OrdinalIgnoreCase)))
        {
            Notes.Add(new QuoteDeviation(lineNumber, "note", text));
        }
    }
}
