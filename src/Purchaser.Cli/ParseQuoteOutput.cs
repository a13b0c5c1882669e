using Purchaser.Contracts;

namespace Purchaser.Cli;

/// <summary>One line of <c>parse-quote</c> output: the normalized quote with the file it came from first.</summary>
internal sealed record ParseQuoteOutput
{
    public required string File { get; init; }

    public string? VendorEmail { get; init; }

    public required string Status { get; init; }

    public string? Currency { get; init; }

    public DateOnly? ValidUntil { get; init; }

    public string? Incoterms { get; init; }

    public IReadOnlyList<QuotedLineDto> Lines { get; init; } = [];

    public IReadOnlyList<QuoteDeviationDto> Deviations { get; init; } = [];

    public string? Classification { get; init; }

    public string? Reason { get; init; }

    public static ParseQuoteOutput From(string file, NormalizedQuoteDto quote, string? reason) => new()
    {
        File = file,
        VendorEmail = quote.VendorEmail,
        Status = quote.Status,
        Currency = quote.Currency,
        ValidUntil = quote.ValidUntil,
        Incoterms = quote.Incoterms,
        Lines = quote.Lines,
        Deviations = quote.Deviations,
        Classification = quote.Classification,
        Reason = reason,
    };
}
