using Purchaser.Domain;

namespace Purchaser.Core.Tests;

public sealed class RfqStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Id<Vendor> VendorA = Id<Vendor>.New();
    private static readonly Actor Buyer = new("user", "b1", "Buyer");

    private static Rfq Draft(DateTimeOffset? due = null) => new Rfq
    {
        Id = Id<Rfq>.New(),
        TenantId = Id<Tenant>.New(),
        Number = "RFQ-2026-000001",
        Title = "Parts",
        Currency = CurrencyCode.Usd,
        ResponseDueAt = due ?? Now.AddDays(7),
        Status = RfqStatus.Draft,
        Lines = [new RfqLine(1, "P-1", null, 10, UnitOfMeasure.Each, null)],
        CreatedAt = Now,
        UpdatedAt = Now,
    }.WithVendorsAttached([VendorA], Now);

    private static Award AwardTo(Id<Vendor> vendor) =>
        new(AwardMode.Whole, [new AwardedLine(1, vendor, Id<QuoteRevision>.New(), Money.Of(2m, "USD"), 10)], Buyer, Now);

    [Fact]
    public void The_happy_path_is_draft_published_closed_awarded()
    {
        var published = Draft().Publish(Now);
        Assert.Equal(RfqStatus.Published, published.Status);
        Assert.Equal(RfqVendorStatus.Invited, published.Vendors[0].Status);
        var closed = published.Close(Now);
        Assert.Equal(RfqStatus.Closed, closed.Status);
        var awarded = closed.WithAward(AwardTo(VendorA), Now);
        Assert.Equal(RfqStatus.Awarded, awarded.Status);
        Assert.Equal(RfqVendorStatus.Awarded, awarded.Vendors[0].Status);
        Assert.False(awarded.IsOpen);
    }

    public static TheoryData<string, Func<Rfq, Rfq>> IllegalTransitions => new()
    {
        { "close a draft", r => r.Close(Now) },
        { "award a draft", r => r.WithAward(AwardTo(VendorA), Now) },
        { "publish twice", r => r.Publish(Now).Publish(Now) },
        { "award while published", r => r.Publish(Now).WithAward(AwardTo(VendorA), Now) },
        { "edit lines after publishing", r => r.Publish(Now).WithLines([], Now) },
        { "cancel after award", r => r.Publish(Now).Close(Now).WithAward(AwardTo(VendorA), Now).Cancel(null, Now) },
        { "publish a cancelled rfq", r => r.Cancel("x", Now).Publish(Now) },
        { "quote on a draft", r => r.WithQuoteReceived(VendorA, false, Now) },
        { "attach vendors to a closed rfq", r => r.Publish(Now).Close(Now).WithVendorsAttached([Id<Vendor>.New()], Now) },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Illegal_transitions_are_domain_errors(string name, Func<Rfq, Rfq> transition)
    {
        var error = Assert.Throws<PurchaserException>(() => transition(Draft())).Error;
        Assert.True(error.Code is ErrorCodes.RfqInvalidTransition or ErrorCodes.RfqNotEditable, name);
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Theory]
    [InlineData(RfqStatus.Draft)]
    [InlineData(RfqStatus.Published)]
    [InlineData(RfqStatus.Closed)]
    public void Every_open_state_can_be_cancelled(RfqStatus from)
    {
        var rfq = from switch
        {
            RfqStatus.Published => Draft().Publish(Now),
            RfqStatus.Closed => Draft().Publish(Now).Close(Now),
            _ => Draft(),
        };
        var cancelled = rfq.Cancel("order withdrawn", Now);
        Assert.Equal(RfqStatus.Cancelled, cancelled.Status);
        Assert.Equal("order withdrawn", cancelled.CancellationReason);
    }

    [Fact]
    public void Publishing_needs_vendors_and_a_future_due_time()
    {
        var noVendors = Draft() with { Vendors = [] };
        Assert.Equal(ErrorCodes.RfqNoVendors, Assert.Throws<PurchaserException>(() => noVendors.Publish(Now)).Error.Code);
        Assert.Equal(ErrorCodes.RfqInvalidTransition, Assert.Throws<PurchaserException>(() => Draft(Now.AddMinutes(-1)).Publish(Now)).Error.Code);
    }

    [Fact]
    public void Vendors_attached_after_publishing_are_invited_and_never_duplicated()
    {
        var extra = Id<Vendor>.New();
        var rfq = Draft().Publish(Now).WithVendorsAttached([VendorA, extra, extra], Now);
        Assert.Equal([VendorA, extra], rfq.Vendors.Select(v => v.VendorId));
        Assert.All(rfq.Vendors, v => Assert.Equal(RfqVendorStatus.Invited, v.Status));
        Assert.Same(rfq, rfq.WithVendorsAttached([VendorA], Now));
    }

    [Fact]
    public void A_declined_quote_marks_the_vendor_declined()
    {
        var rfq = Draft().Publish(Now).WithQuoteReceived(VendorA, declinedWhole: true, Now);
        Assert.Equal(RfqVendorStatus.Declined, rfq.Vendors[0].Status);
    }
}
