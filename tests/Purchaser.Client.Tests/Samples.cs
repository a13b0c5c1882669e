using Purchaser.Contracts;

namespace Purchaser.Client.Tests;

/// <summary>Contract values for tests that need a realistic payload.</summary>
internal static class Samples
{
    public static RfqResource Rfq() => new()
    {
        Id = Guid.Parse("6f1c0f55-0e0b-4a2f-9f53-2d8f6c1a7e01"),
        Number = "RFQ-2026-000042",
        Reference = "SO-88123",
        Title = "Complex parts for SO-88123",
        Status = "published",
        Currency = "USD",
        Lines = [new RfqLineDto { LineNumber = 1, PartNumber = "BRK-4471", Quantity = 500, Unit = "EA" }],
        Vendors = [new RfqVendorDto(Guid.Parse("1d3c6c55-6a9e-4e7e-9d1f-6a2b8b1c0f02"), "invited")],
        CreatedAt = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero),
        PublishedAt = new DateTimeOffset(2026, 3, 1, 9, 5, 0, TimeSpan.Zero),
        Version = 3,
    };

    public static QuoteReceivedEventData QuoteReceived() => new(
        Guid.Parse("6f1c0f55-0e0b-4a2f-9f53-2d8f6c1a7e01"),
        "RFQ-2026-000042",
        "SO-88123",
        Guid.Parse("1d3c6c55-6a9e-4e7e-9d1f-6a2b8b1c0f02"),
        new QuoteResource
        {
            QuoteId = Guid.Parse("0c2f9a1e-3b4d-4c5e-8f60-718293a4b503"),
            QuoteRevisionId = Guid.Parse("9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c04"),
            RfqId = Guid.Parse("6f1c0f55-0e0b-4a2f-9f53-2d8f6c1a7e01"),
            VendorId = Guid.Parse("1d3c6c55-6a9e-4e7e-9d1f-6a2b8b1c0f02"),
            Revision = 1,
            ReceivedAt = new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero),
            Source = "manual",
            Quote = new NormalizedQuoteDto
            {
                Status = "parsed",
                Currency = "USD",
                Lines = [new QuotedLineDto { LineNumber = 1, UnitPrice = new MoneyDto(12.5m, "USD"), LeadTimeDays = 28 }],
            },
        });
}
