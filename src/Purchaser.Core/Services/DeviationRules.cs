using Purchaser.Domain;

namespace Purchaser.Services;

/// <summary>
/// The deviations that follow from a quote's values alone: quantities, alternates, missing and declined lines, MOQ,
/// currency and validity. Extractors add what only the text shows (notes, surcharges).
/// </summary>
public static class DeviationRules
{
    /// <summary>Deviations of <paramref name="lines"/> from <paramref name="rfq"/>; lead times count from <paramref name="quotedOn"/> when given.</summary>
    public static IReadOnlyList<QuoteDeviation> Detect(Rfq rfq, IReadOnlyList<QuotedLine> lines, CurrencyCode? currency, DateOnly? validUntil, DateOnly? quotedOn = null)
    {
        ArgumentNullException.ThrowIfNull(rfq);
        ArgumentNullException.ThrowIfNull(lines);
        var deviations = new List<QuoteDeviation>();
        foreach (var requested in rfq.Lines)
        {
            var quoted = Answer(lines, requested.LineNumber);
            if (quoted is null)
            {
                deviations.Add(new QuoteDeviation(requested.LineNumber, "missing-line", $"line {requested.LineNumber} ({requested.PartNumber}) is not answered"));
                continue;
            }

            if (quoted.NoBid)
            {
                deviations.Add(new QuoteDeviation(requested.LineNumber, "no-bid", quoted.Notes ?? "declined"));
                continue;
            }

            if (quoted.Quantity is { } quantity && quantity != requested.Quantity)
            {
                deviations.Add(new QuoteDeviation(requested.LineNumber, "quantity-differs", $"quoted {quantity} {requested.Unit}, requested {requested.Quantity}"));
            }

            if (quoted.AlternatePartNumber is { } alternate)
            {
                deviations.Add(new QuoteDeviation(requested.LineNumber, "alternate-part", $"offers {alternate} instead of {requested.PartNumber}"));
            }

            if (quotedOn is { } day && quoted.LeadTimeDays is { } lead && requested.NeedBy is { } needBy && day.AddDays(lead) > needBy)
            {
                deviations.Add(new QuoteDeviation(requested.LineNumber, "lead-time-after-need-by", $"delivery by {day.AddDays(lead):yyyy-MM-dd}, needed by {needBy:yyyy-MM-dd}"));
            }

            if (quoted.Moq is { } moq && moq > requested.Quantity)
            {
                deviations.Add(new QuoteDeviation(requested.LineNumber, "moq-above-quantity", $"minimum order {moq} {requested.Unit}, requested {requested.Quantity}"));
            }
        }

        if (currency is { } code && code != rfq.Currency && HasPricedLine(lines))
        {
            deviations.Add(new QuoteDeviation(null, "currency-differs", $"quoted in {code}, requested {rfq.Currency}"));
        }

        if (validUntil is { } until && rfq.ResponseDueAt is { } due && until < DateOnly.FromDateTime(due.UtcDateTime.AddDays(14)))
        {
            deviations.Add(new QuoteDeviation(null, "validity-short", $"valid until {until:yyyy-MM-dd}, less than 14 days after responses are due"));
        }

        return deviations;
    }

    private static QuotedLine? Answer(IReadOnlyList<QuotedLine> lines, int lineNumber)
    {
        foreach (var line in lines)
        {
            if (line.LineNumber == lineNumber)
            {
                return line;
            }
        }

        return null;
    }

    private static bool HasPricedLine(IReadOnlyList<QuotedLine> lines)
    {
        foreach (var line in lines)
        {
            if (!line.NoBid)
            {
                return true;
            }
        }

        return false;
    }
}
