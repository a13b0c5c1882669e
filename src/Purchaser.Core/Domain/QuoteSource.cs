namespace Purchaser.Domain;

/// <summary>Where a quote revision came from.</summary>
public enum QuoteSource
{
    /// <summary>Entered by a person (a phone quote, a portal quote).</summary>
    Manual,

    /// <summary>Read from a vendor's email reply.</summary>
    Email,
}
