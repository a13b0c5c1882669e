namespace Purchaser.Domain;

/// <summary>How much of a vendor's reply could be read as a quote.</summary>
public enum QuoteStatus
{
    /// <summary>Every RFQ line is answered with a price.</summary>
    Parsed,

    /// <summary>Some lines are priced; others are declined or not mentioned.</summary>
    Partial,

    /// <summary>The vendor declines the whole RFQ.</summary>
    NoBid,

    /// <summary>Nothing usable could be read; the raw reply is kept with the reason.</summary>
    Unparseable,
}
