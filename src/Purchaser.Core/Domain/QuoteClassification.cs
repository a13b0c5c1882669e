namespace Purchaser.Domain;

/// <summary>What a vendor's reply is, read from its words; only quotes, revised quotes and no-bids become quote revisions.</summary>
public enum QuoteClassification
{
    /// <summary>A quote: prices for some or all lines.</summary>
    Quote,

    /// <summary>A quote that says it replaces an earlier one (revised, updated, corrected pricing).</summary>
    RevisedQuote,

    /// <summary>The vendor declines the whole RFQ.</summary>
    NoBid,

    /// <summary>A question to the buyer ("Could you confirm the material grade before we quote?"); not a quote.</summary>
    Question,

    /// <summary>Any other message that is not a quote (an acknowledgement, an out-of-office reply).</summary>
    Other,
}
