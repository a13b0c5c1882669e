using System.Globalization;
using System.Text.Json;
using Purchaser.Contracts;

namespace Purchaser.Quotes.Tests;

/// <summary>Compares a parse result with an expected file in the shared sample format, field by field like score.py.</summary>
internal static class ExpectedQuote
{
    public static List<string> Compare(string expectedJson, NormalizedQuoteDto actual, IReadOnlyDictionary<int, decimal> requested, string? reason = null)
    {
        using var doc = JsonDocument.Parse(expectedJson);
        var root = doc.RootElement;
        var errors = new List<string>();
        void Check(string field, string? expected, string? got)
        {
            if (!string.Equals(expected ?? string.Empty, got ?? string.Empty, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{field}: expected {expected ?? "null"}, got {got ?? "null"}");
            }
        }

        Check("status", Str(root, "status"), actual.Status);
        Check("currency", Str(root, "currency"), actual.Currency);
        Check("validUntil", Str(root, "validUntil"), actual.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Check("incoterms", Str(root, "incoterms"), actual.Incoterms);
        var expectedKinds = root.GetProperty("deviationKinds").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        var actualKinds = actual.Deviations.Select(d => d.Kind).Distinct().Order(StringComparer.Ordinal);
        Check("deviationKinds", string.Join(",", expectedKinds), string.Join(",", actualKinds));
        if (Str(root, "classification") is { } classification)
        {
            Check("classification", classification, actual.Classification);
        }

        if (Str(root, "reasonContains") is { } reasonPart && reason?.Contains(reasonPart, StringComparison.OrdinalIgnoreCase) != true)
        {
            errors.Add($"reason: expected to contain '{reasonPart}', got {reason ?? "null"}");
        }

        foreach (var line in root.GetProperty("lines").EnumerateArray())
        {
            var number = line.GetProperty("lineNumber").GetInt32();
            var got = actual.Lines.FirstOrDefault(l => l.LineNumber == number);
            if (got is null)
            {
                errors.Add($"L{number}: missing from output");
                continue;
            }

            Check($"L{number}.noBid", line.GetProperty("noBid").GetBoolean().ToString(), got.NoBid.ToString());
            var price = line.GetProperty("unitPrice");
            if (price.ValueKind == JsonValueKind.Null)
            {
                Check($"L{number}.unitPrice", null, got.UnitPrice is null ? null : $"{got.UnitPrice.Amount} {got.UnitPrice.Currency}");
            }
            else if (got.UnitPrice is null || Math.Abs(got.UnitPrice.Amount - price.GetProperty("amount").GetDecimal()) > 0.0001m || !string.Equals(got.UnitPrice.Currency, price.GetProperty("currency").GetString(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"L{number}.unitPrice: expected {price.GetProperty("amount").GetDecimal()} {price.GetProperty("currency").GetString()}, got {(got.UnitPrice is null ? "null" : $"{got.UnitPrice.Amount} {got.UnitPrice.Currency}")}");
            }

            var expectedQty = Dec(line, "quantity");
            var gotQty = got.Quantity;
            if (requested.TryGetValue(number, out var req))
            {
                expectedQty = expectedQty == req ? null : expectedQty;
                gotQty = gotQty == req ? null : gotQty;
            }

            Check($"L{number}.quantity", expectedQty?.ToString(CultureInfo.InvariantCulture), gotQty?.ToString(CultureInfo.InvariantCulture));
            var lead = line.GetProperty("leadTimeDays");
            if (lead.ValueKind == JsonValueKind.Null ? got.LeadTimeDays is not null : got.LeadTimeDays is null || Math.Abs(got.LeadTimeDays.Value - lead.GetInt32()) > 1)
            {
                errors.Add($"L{number}.leadTimeDays: expected {lead}, got {got.LeadTimeDays?.ToString(CultureInfo.InvariantCulture) ?? "null"}");
            }

            Check($"L{number}.moq", Dec(line, "moq")?.ToString(CultureInfo.InvariantCulture), got.Moq?.ToString(CultureInfo.InvariantCulture));
            Check($"L{number}.alternatePartNumber", Norm(Str(line, "alternatePartNumber")), Norm(got.AlternatePartNumber));
            if (line.TryGetProperty("priceBreaks", out var breaks))
            {
                var expectedBreaks = string.Join(" ", breaks.EnumerateArray().Select(b => $"{b[0].GetDecimal() / 1.0000000000000000000000000000m}:{b[1].GetDecimal() / 1.0000000000000000000000000000m}"));
                var gotBreaks = string.Join(" ", got.PriceBreaks.Select(b => $"{b.MinQuantity / 1.0000000000000000000000000000m}:{b.UnitPrice.Amount / 1.0000000000000000000000000000m}"));
                Check($"L{number}.priceBreaks", expectedBreaks, gotBreaks);
            }
        }

        return errors;
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static decimal? Dec(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() / 1.0000000000000000000000000000m : null;

    private static string? Norm(string? s) => s?.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
