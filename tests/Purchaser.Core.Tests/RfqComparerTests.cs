using Purchaser.Domain;
using Purchaser.Services;

namespace Purchaser.Core.Tests;

/// <summary>The comparison's alignment rules, on values the API cannot easily produce (mixed currencies, stray revisions).</summary>
public sealed class RfqComparerTests
{
    private static readonly Id<Vendor> First = Id<Vendor>.New();
    private static readonly Id<Vendor> Second = Id<Vendor>.New();

    private static readonly Rfq Rfq = new()
    {
        Id = Id<Rfq>.New(),
        TenantId = Id<Tenant>.New(),
        Number = "RFQ-2026-000007",
        Title = "Parts",
        Currency = CurrencyCode.Usd,
        Status = RfqStatus.Published,
        Lines =
        [
            new RfqLine(2, "SCR-M4", null, 1000, UnitOfMeasure.Each, null),
            new RfqLine(1, "GSK-80", "Gasket", 10, UnitOfMeasure.Each, null),
        ],
        Vendors = [new RfqVendor(Second, RfqVendorStatus.Quoted, DateTimeOffset.UnixEpoch), new RfqVendor(First, RfqVendorStatus.Quoted, DateTimeOffset.UnixEpoch)],
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Rows_follow_line_numbers_and_offers_follow_the_order_vendors_were_attached_in()
    {
        var comparison = RfqComparer.Compare(Rfq, [Revision(First, Priced(1, 2m), Priced(2, 0.1m)), Revision(Second, Priced(1, 3m))], []);

        Assert.Equal([1, 2], comparison.Lines.Select(l => l.LineNumber));
        Assert.Equal([Second.Value, First.Value], comparison.Vendors.Select(v => v.VendorId));
        Assert.All(comparison.Lines, l => Assert.Equal([Second.Value, First.Value], l.Offers.Select(o => o.VendorId)));
        Assert.Equal(["missing", "priced"], comparison.Lines[1].Offers.Select(o => o.Status));
        Assert.Equal(Second.Value.ToString(), comparison.Vendors[0].Name);
    }

    [Fact]
    public void A_quote_priced_in_two_currencies_has_no_total_and_only_its_rfq_currency_line_is_ranked()
    {
        var mixed = Revision(First, Priced(1, 2m, "EUR"), Priced(2, 0.1m));
        var comparison = RfqComparer.Compare(Rfq, [mixed, Revision(Second, Priced(1, 3m), Priced(2, 0.2m))], []);

        Assert.Null(comparison.Vendors[1].Total);
        Assert.Equal(2, comparison.Vendors[1].LinesPriced);
        Assert.Equal(new Purchaser.Contracts.MoneyDto(30m + 200m, "USD"), comparison.Vendors[0].Total);
        Assert.Equal(Second.Value, comparison.Lines[0].LowestVendorId);
        Assert.Equal(First.Value, comparison.Lines[1].LowestVendorId);
    }

    [Fact]
    public void An_unparseable_quote_shows_its_reason_and_every_line_missing()
    {
        var unreadable = Revision(First) with { Quote = new NormalizedQuote { Status = QuoteStatus.Unparseable, Reason = "no prices could be read" } };

        var comparison = RfqComparer.Compare(Rfq, [unreadable], []);

        Assert.Equal("unparseable", comparison.Vendors[1].QuoteStatus);
        Assert.Equal("no prices could be read", comparison.Vendors[1].Reason);
        Assert.Null(comparison.Vendors[1].Total);
        Assert.All(comparison.Lines, l => Assert.Equal(["awaiting", "missing"], l.Offers.Select(o => o.Status)));
    }

    [Fact]
    public void A_revision_of_another_rfq_or_of_a_vendor_not_attached_is_left_out()
    {
        var stranger = Revision(Id<Vendor>.New(), Priced(1, 0.01m));
        var elsewhere = Revision(First, Priced(1, 0.02m)) with { RfqId = Id<Rfq>.New() };

        var comparison = RfqComparer.Compare(Rfq, [stranger, elsewhere], []);

        Assert.Equal(2, comparison.Vendors.Count);
        Assert.All(comparison.Lines, l => Assert.All(l.Offers, o => Assert.Equal("awaiting", o.Status)));
        Assert.All(comparison.Lines, l => Assert.Null(l.LowestVendorId));
    }

    [Fact]
    public void Two_latest_revisions_of_one_vendor_compare_the_higher_and_a_declined_line_with_a_price_is_not_ranked()
    {
        var first = Revision(First, Priced(1, 2m));
        var second = Revision(First, Priced(1, 1m)) with { Revision = 2 };
        var declinedWithPrice = Revision(Second, new QuotedLine { LineNumber = 1, NoBid = true, UnitPrice = Money.Of(0.5m, "USD") });

        var comparison = RfqComparer.Compare(Rfq, [second, first, declinedWithPrice], []);

        Assert.Equal(2, comparison.Vendors[1].Revision);
        Assert.Equal(0, comparison.Vendors[0].LinesPriced);
        Assert.Null(comparison.Vendors[0].Total);
        Assert.Equal(["no-bid", "priced"], comparison.Lines[0].Offers.Select(o => o.Status));
        Assert.Equal(First.Value, comparison.Lines[0].LowestVendorId);
    }

    private static QuotedLine Priced(int line, decimal price, string currency = "USD") => new() { LineNumber = line, UnitPrice = Money.Of(price, currency) };

    private static QuoteRevision Revision(Id<Vendor> vendor, params QuotedLine[] lines) => new()
    {
        Id = Id<QuoteRevision>.New(),
        QuoteId = Id<Quote>.New(),
        TenantId = Rfq.TenantId,
        RfqId = Rfq.Id,
        VendorId = vendor,
        Revision = 1,
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Source = QuoteSource.Manual,
        RecordedBy = new Actor("user", "u1", "Buyer"),
        Quote = new NormalizedQuote { Status = QuoteStatus.Parsed, Currency = CurrencyCode.Usd, Lines = lines },
    };
}
