namespace Purchaser.Domain;

/// <summary>
/// A vendor's quote in comparable form: the same shape whether it was typed in by a buyer or read from an email.
/// </summary>
public sealed record NormalizedQuote
{
    /// <summary>The address the quote came from, when it came by email.</summary>
    public string? VendorEmail { get; init; }

    /// <summary>How much of the reply could be read.</summary>
    public required QuoteStatus Status { get; init; }

    /// <summary>The currency the vendor quoted in.</summary>
    public CurrencyCode? Currency { get; init; }

    /// <summary>The last day the prices hold.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>The Incoterms 2020 code, such as <c>FOB</c>.</summary>
    public string? Incoterms { get; init; }

    /// <summary>One entry per RFQ line the quote answers.</summary>
    public IReadOnlyList<QuotedLine> Lines { get; init; } = [];

    /// <summary>How the quote departs from the RFQ.</summary>
    public IReadOnlyList<QuoteDeviation> Deviations { get; init; } = [];

    /// <summary>Why the reply could not be read, when <see cref="Status"/> is unparseable or partial.</summary>
    public string? Reason { get; init; }

    /// <summary>What the reply is (quote, revised quote, no-bid, question, other message), when it was read from a message.</summary>
    public QuoteClassification? Classification { get; init; }
}
