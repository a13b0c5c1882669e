namespace Purchaser.Domain;

/// <summary>A way a quote departs from what the RFQ asked, flagged for the buyer.</summary>
/// <param name="LineNumber">The RFQ line concerned, or null for the whole quote.</param>
/// <param name="Kind">A stable kind such as <c>quantity-differs</c>, <c>no-bid</c> or <c>currency-differs</c>.</param>
/// <param name="Detail">What exactly differs, in words.</param>
public sealed record QuoteDeviation(int? LineNumber, string Kind, string Detail);
