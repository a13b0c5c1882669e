using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Services;

/// <summary>Validates a quote typed in by a person and normalizes it like any other quote.</summary>
internal static class ManualQuoteReader
{
    private static readonly HashSet<string> Incoterms2020 = new(StringComparer.OrdinalIgnoreCase)
    {
        "EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF",
    };

    public static NormalizedQuote Read(Rfq rfq, RecordQuoteRequest request)
    {
        var errors = new ValidationErrors();
        errors.Require(request.VendorId is not null, "vendorId", "The quoting vendor is required.");
        var currency = rfq.Currency;
        if (request.Currency is not null && !CurrencyCode.TryParse(request.Currency, null, out currency))
        {
            errors.Add("currency", $"'{request.Currency}' is not an ISO 4217 currency code.");
        }

        errors.Require(request.Incoterms is null || Incoterms2020.Contains(request.Incoterms), "incoterms", "Use an Incoterms 2020 code such as FOB, EXW or DAP.");
        if (request.Lines is null || request.Lines.Count == 0)
        {
            errors.Add("lines", "At least one answered line is required.");
        }

        var lines = new List<QuotedLine>();
        var seen = new HashSet<int>();
        for (var i = 0; i < (request.Lines?.Count ?? 0); i++)
        {
            var path = $"lines[{i}]";
            if (request.Lines![i] is not { } line)
            {
                errors.Add(path, "A line cannot be null.");
                continue;
            }

            errors.Require(rfq.FindLine(line.LineNumber) is not null, $"{path}.lineNumber", $"{rfq.Number} has no line {line.LineNumber}.");
            errors.Require(seen.Add(line.LineNumber), $"{path}.lineNumber", $"Line {line.LineNumber} is answered more than once.");
            errors.Require(line.NoBid || line.UnitPrice is > 0, $"{path}.unitPrice", "A unit price greater than zero is required unless the line is declined (noBid).");
            errors.Require(line.Quantity is null or > 0, $"{path}.quantity", "The quantity must be greater than zero.");
            errors.Require(line.LeadTimeDays is null or >= 0, $"{path}.leadTimeDays", "The lead time cannot be negative.");
            errors.Require(line.Moq is null or > 0, $"{path}.moq", "The minimum order quantity must be greater than zero.");
            lines.Add(new QuotedLine
            {
                LineNumber = line.LineNumber,
                NoBid = line.NoBid,
                UnitPrice = line.NoBid || line.UnitPrice is null ? null : new Money(line.UnitPrice.Value, currency),
                Quantity = line.NoBid ? null : line.Quantity,
                LeadTimeDays = line.NoBid ? null : line.LeadTimeDays,
                Moq = line.NoBid ? null : line.Moq,
                AlternatePartNumber = string.IsNullOrWhiteSpace(line.AlternatePartNumber) ? null : line.AlternatePartNumber.Trim(),
                Notes = string.IsNullOrWhiteSpace(line.Notes) ? null : line.Notes.Trim(),
            });
        }

        errors.ThrowIfAny();
        var priced = lines.Count(l => !l.NoBid);
        var status = priced == 0 ? QuoteStatus.NoBid : priced == rfq.Lines.Count ? QuoteStatus.Parsed : QuoteStatus.Partial;
        return new NormalizedQuote
        {
            Status = status,
            Currency = status == QuoteStatus.NoBid ? null : currency,
            ValidUntil = request.ValidUntil,
            Incoterms = request.Incoterms?.ToUpperInvariant(),
            Lines = [.. lines.OrderBy(l => l.LineNumber)],
            Deviations = DeviationRules.Detect(rfq, lines, currency, request.ValidUntil),
        };
    }
}
