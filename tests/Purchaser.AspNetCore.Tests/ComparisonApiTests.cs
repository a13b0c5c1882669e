using System.Net;
using System.Net.Http.Json;
using Purchaser.Contracts;

namespace Purchaser.AspNetCore.Tests;

/// <summary><c>GET /api/v1/rfqs/{id}/comparison</c>: lines aligned across vendors, deviations beside offers, lowest and award marked.</summary>
public sealed class ComparisonApiTests : HostedApiTests
{
    [Fact]
    public async Task Each_line_shows_every_vendors_offer_in_attachment_order_with_its_deviations_and_the_lowest_price()
    {
        var (rfq, acme, boreal, cobalt) = await PublishedToThreeAsync();
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest
        {
            VendorId = acme.Id,
            Incoterms = "FOB",
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.5m, LeadTimeDays = 28 }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.0385m }],
        });
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest
        {
            VendorId = boreal.Id,
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, NoBid = true, Notes = "obsolete" }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.035m, Moq = 25000 }],
        });

        var comparison = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/comparison")).ReadAsync<RfqComparisonResource>();

        Assert.Equal(rfq.Number, comparison.Number);
        Assert.Equal("USD", comparison.Currency);
        Assert.Equal([acme.Id, boreal.Id, cobalt.Id], comparison.Vendors.Select(v => v.VendorId));
        Assert.Equal(["Acme Machining", "Boreal Fasteners", "Cobalt Tooling"], comparison.Vendors.Select(v => v.Name));
        var acmeColumn = comparison.Vendors[0];
        Assert.Equal(1, acmeColumn.Revision);
        Assert.Equal("parsed", acmeColumn.QuoteStatus);
        Assert.Equal("FOB", acmeColumn.Incoterms);
        Assert.Equal(2, acmeColumn.LinesPriced);
        Assert.Equal(new MoneyDto(6250m + 770m, "USD"), acmeColumn.Total);
        Assert.Equal("partial", comparison.Vendors[1].QuoteStatus);
        Assert.Null(comparison.Vendors[2].QuoteRevisionId);
        Assert.Equal("invited", comparison.Vendors[2].InvitationStatus);

        Assert.Equal([1, 2], comparison.Lines.Select(l => l.LineNumber));
        var bracket = comparison.Lines[0];
        Assert.Equal("BRK-4471", bracket.PartNumber);
        Assert.Equal(["priced", "no-bid", "awaiting"], bracket.Offers.Select(o => o.Status));
        Assert.Equal(new MoneyDto(12.5m, "USD"), bracket.Offers[0].Line!.UnitPrice);
        Assert.Equal(new MoneyDto(6250m, "USD"), bracket.Offers[0].ExtendedPrice);
        Assert.Equal(28, bracket.Offers[0].Line!.LeadTimeDays);
        Assert.Equal("obsolete", bracket.Offers[1].Line!.Notes);
        Assert.Contains(bracket.Offers[1].Deviations, d => d.Kind == "no-bid");
        Assert.Equal(acme.Id, bracket.LowestVendorId);
        Assert.True(bracket.Offers[0].Lowest);

        var screw = comparison.Lines[1];
        Assert.Equal(boreal.Id, screw.LowestVendorId);
        Assert.Equal([false, true, false], screw.Offers.Select(o => o.Lowest));
        Assert.Contains(screw.Offers[1].Deviations, d => d.Kind == "moq-above-quantity" && d.LineNumber == 2);
        Assert.Empty(screw.Offers[0].Deviations);
        Assert.All(comparison.Lines, l => Assert.Null(l.AwardedVendorId));
    }

    [Fact]
    public async Task A_price_in_another_currency_is_shown_but_not_ranked_and_a_line_left_out_is_missing()
    {
        var (rfq, acme, boreal, _) = await PublishedToThreeAsync();
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest { VendorId = acme.Id, Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 14m }] });
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest
        {
            VendorId = boreal.Id,
            Currency = "EUR",
            Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 9m }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.03m }],
        });

        var comparison = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/comparison")).ReadAsync<RfqComparisonResource>();

        var bracket = comparison.Lines[0];
        Assert.Equal(new MoneyDto(9m, "EUR"), bracket.Offers[1].Line!.UnitPrice);
        Assert.Equal(acme.Id, bracket.LowestVendorId);
        Assert.Null(comparison.Lines[1].LowestVendorId);
        Assert.Equal("missing", comparison.Lines[1].Offers[0].Status);
        Assert.Contains(comparison.Lines[1].Offers[0].Deviations, d => d.Kind == "missing-line");
        Assert.Contains(comparison.Vendors[1].Deviations, d => d.Kind == "currency-differs" && d.LineNumber is null);
        Assert.Equal(new MoneyDto(4500m + 600m, "EUR"), comparison.Vendors[1].Total);
    }

    [Fact]
    public async Task Two_equal_lowest_prices_mark_no_vendor_lowest()
    {
        var (rfq, acme, boreal, _) = await PublishedToThreeAsync();
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest { VendorId = acme.Id, Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.5m }] });
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest { VendorId = boreal.Id, Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12.50m }] });

        var comparison = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/comparison")).ReadAsync<RfqComparisonResource>();

        Assert.Null(comparison.Lines[0].LowestVendorId);
        Assert.DoesNotContain(comparison.Lines[0].Offers, o => o.Lowest);
    }

    [Fact]
    public async Task An_award_is_marked_on_the_lines_and_offers_it_chose_and_the_latest_revision_is_compared()
    {
        var (rfq, acme, boreal, _) = await PublishedToThreeAsync();
        await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest { VendorId = acme.Id, Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 13m }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.04m }] });
        var revised = await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest { VendorId = acme.Id, Lines = [new RecordQuoteLineRequest { LineNumber = 1, UnitPrice = 12m }, new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.04m }] });
        var borealQuote = await Client.RecordQuoteAsync(rfq.Id, new RecordQuoteRequest { VendorId = boreal.Id, Lines = [new RecordQuoteLineRequest { LineNumber = 2, UnitPrice = 0.03m }] });
        await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/award", new AwardRfqRequest
        {
            Lines =
            [
                new AwardLineRequest { LineNumber = 1, VendorId = acme.Id, QuoteRevisionId = revised.QuoteRevisionId },
                new AwardLineRequest { LineNumber = 2, VendorId = boreal.Id, QuoteRevisionId = borealQuote.QuoteRevisionId },
            ],
        }, Api.Json)).ReadAsync<RfqResource>();

        var comparison = await (await Client.GetAsync($"/api/v1/rfqs/{rfq.Id}/comparison")).ReadAsync<RfqComparisonResource>();

        Assert.Equal("awarded", comparison.Status);
        Assert.Equal(2, comparison.Vendors[0].Revision);
        Assert.Equal(revised.QuoteRevisionId, comparison.Vendors[0].QuoteRevisionId);
        Assert.Equal(new MoneyDto(12m, "USD"), comparison.Lines[0].Offers[0].Line!.UnitPrice);
        Assert.Equal([acme.Id, boreal.Id], comparison.Lines.Select(l => l.AwardedVendorId!.Value));
        Assert.Equal([true, false, false], comparison.Lines[0].Offers.Select(o => o.Awarded));
        Assert.Equal([false, true, false], comparison.Lines[1].Offers.Select(o => o.Awarded));
    }

    [Fact]
    public async Task An_unknown_rfq_is_a_404_problem()
    {
        var problem = await (await Client.GetAsync($"/api/v1/rfqs/{Guid.NewGuid()}/comparison")).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("rfq.not_found", problem.Field("code"));
    }

    private async Task<(RfqResource Rfq, VendorResource Acme, VendorResource Boreal, VendorResource Cobalt)> PublishedToThreeAsync()
    {
        var acme = await Client.CreateVendorAsync("Acme Machining");
        var boreal = await Client.CreateVendorAsync("Boreal Fasteners");
        var cobalt = await Client.CreateVendorAsync("Cobalt Tooling");
        var rfq = await Client.CreateRfqAsync();
        await (await Client.PostAsJsonAsync($"/api/v1/rfqs/{rfq.Id}/vendors", new AttachVendorsRequest { VendorIds = [acme.Id, boreal.Id, cobalt.Id] }, Api.Json)).ReadAsync<RfqResource>();
        var published = await (await Client.PostAsync($"/api/v1/rfqs/{rfq.Id}/publish", null)).ReadAsync<RfqResource>();
        return (published, acme, boreal, cobalt);
    }
}
