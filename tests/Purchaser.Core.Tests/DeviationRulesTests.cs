using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Core.Tests;

public sealed class DeviationRulesTests
{
    private static readonly Rfq Rfq = new()
    {
        Id = Id<Rfq>.New(),
        TenantId = Id<Tenant>.New(),
        Number = "RFQ-2026-000001",
        Title = "Parts",
        Currency = CurrencyCode.Usd,
        ResponseDueAt = new DateTimeOffset(2026, 6, 12, 18, 0, 0, TimeSpan.Zero),
        Status = RfqStatus.Published,
        Lines =
        [
            new RfqLine(1, "GSK-80", null, 5000, UnitOfMeasure.Each, new DateOnly(2026, 8, 3)),
            new RfqLine(2, "CBL-4C", null, 1500, UnitOfMeasure.Parse("M"), null),
            new RfqLine(3, "SCR-M4", null, 20000, UnitOfMeasure.Each, null),
        ],
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Value_based_deviations_are_found()
    {
        QuotedLine[] lines =
        [
            new() { LineNumber = 1, UnitPrice = Money.Of(0.2m, "EUR"), Quantity = 6000, Moq = 10000, LeadTimeDays = 70, AlternatePartNumber = "GSK-80-B" },
            new() { LineNumber = 2, NoBid = true, Notes = "cable not stocked" },
        ];

        var kinds = DeviationRules.Detect(Rfq, lines, CurrencyCode.Eur, new DateOnly(2026, 6, 20), new DateOnly(2026, 6, 3))
            .Select(d => (d.LineNumber, d.Kind)).ToHashSet();

        Assert.Equal(
            new HashSet<(int?, string)>
            {
                (1, "quantity-differs"), (1, "alternate-part"), (1, "moq-above-quantity"), (1, "lead-time-after-need-by"),
                (2, "no-bid"), (3, "missing-line"), (null, "currency-differs"), (null, "validity-short"),
            },
            kinds);
    }

    [Fact]
    public void A_quote_as_requested_has_no_deviations()
    {
        QuotedLine[] lines =
        [
            new() { LineNumber = 1, UnitPrice = Money.Of(0.2m, "USD"), Quantity = 5000, LeadTimeDays = 14 },
            new() { LineNumber = 2, UnitPrice = Money.Of(1.35m, "USD") },
            new() { LineNumber = 3, UnitPrice = Money.Of(0.04m, "USD"), Moq = 20000 },
        ];

        Assert.Empty(DeviationRules.Detect(Rfq, lines, CurrencyCode.Usd, new DateOnly(2026, 6, 26), new DateOnly(2026, 6, 3)));
    }
}
