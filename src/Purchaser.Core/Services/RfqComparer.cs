using Purchaser.Contracts;
using Purchaser.Domain;

namespace Purchaser.Services;

/// <summary>
/// Lays an RFQ's latest quote revisions side by side: a row per RFQ line, a column per attached vendor, each line's
/// deviations beside the offer they qualify, the lowest price in the RFQ currency marked, and the award where there is one.
/// </summary>
internal static class RfqComparer
{
    public static RfqComparisonResource Compare(Rfq rfq, IReadOnlyList<QuoteRevision> latest, IReadOnlyList<Vendor> vendors)
    {
        var names = vendors.ToDictionary(v => v.Id, v => v.Name);
        // One column per vendor: should a store ever answer two "latest" revisions for one vendor, the higher one counts.
        var revisions = latest.Where(r => r.RfqId == rfq.Id).GroupBy(r => r.VendorId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Revision)!);
        var columns = rfq.Vendors.Select(v => (Vendor: v, Revision: revisions.GetValueOrDefault(v.VendorId))).ToList();
        return new RfqComparisonResource
        {
            RfqId = rfq.Id.Value,
            Number = rfq.Number,
            Status = WireName.Of(rfq.Status),
            Currency = rfq.Currency.Code,
            Vendors = [.. columns.Select(c => Column(rfq, c.Vendor, c.Revision, names.GetValueOrDefault(c.Vendor.VendorId)))],
            Lines = [.. rfq.Lines.OrderBy(l => l.LineNumber).Select(l => Row(rfq, l, columns))],
        };
    }

    private static ComparedVendorDto Column(Rfq rfq, RfqVendor vendor, QuoteRevision? revision, string? name)
    {
        var column = new ComparedVendorDto
        {
            VendorId = vendor.VendorId.Value,
            Name = name ?? vendor.VendorId.Value.ToString(),
            InvitationStatus = WireName.Of(vendor.Status),
        };
        if (revision is null)
        {
            return column;
        }

        var quote = revision.Quote;
        var extended = rfq.Lines.Select(l => Offered(quote, l.LineNumber) is { } offered && IsPriced(offered) ? Extended(offered, l) : (Money?)null).OfType<Money>().ToList();
        return column with
        {
            QuoteId = revision.QuoteId.Value,
            QuoteRevisionId = revision.Id.Value,
            Revision = revision.Revision,
            ReceivedAt = revision.ReceivedAt,
            QuoteStatus = WireName.Of(quote.Status),
            Reason = quote.Reason,
            Currency = quote.Currency?.Code,
            ValidUntil = quote.ValidUntil,
            Incoterms = quote.Incoterms,
            LinesPriced = extended.Count,
            Total = extended.Count > 0 && extended.All(m => m.Currency == extended[0].Currency) ? extended.Aggregate(Money.Add).ToDto() : null,
            Deviations = [.. quote.Deviations.Where(d => d.LineNumber is null).Select(ToDto)],
        };
    }

    private static ComparedLineDto Row(Rfq rfq, RfqLine line, List<(RfqVendor Vendor, QuoteRevision? Revision)> columns)
    {
        var offers = columns.Select(c => Offer(line, c.Vendor.VendorId, c.Revision)).ToList();
        var lowest = Lowest(rfq.Currency, offers);
        var awarded = rfq.Award?.Lines.FirstOrDefault(a => a.LineNumber == line.LineNumber)?.VendorId.Value;
        return new ComparedLineDto
        {
            LineNumber = line.LineNumber,
            PartNumber = line.PartNumber,
            Description = line.Description,
            Quantity = line.Quantity,
            Unit = line.Unit.Code,
            NeedBy = line.NeedBy,
            LowestVendorId = lowest,
            AwardedVendorId = awarded,
            Offers = [.. offers.Select(o => o with { Lowest = o.VendorId == lowest, Awarded = o.VendorId == awarded })],
        };
    }

    private static LineOfferDto Offer(RfqLine line, Id<Vendor> vendorId, QuoteRevision? revision)
    {
        if (revision is null)
        {
            return new LineOfferDto { VendorId = vendorId.Value, Status = OfferStatus.Awaiting };
        }

        var deviations = revision.Quote.Deviations.Where(d => d.LineNumber == line.LineNumber).Select(ToDto).ToList();
        if (Offered(revision.Quote, line.LineNumber) is not { } offered)
        {
            return new LineOfferDto { VendorId = vendorId.Value, Status = OfferStatus.Missing, Deviations = deviations };
        }

        if (!IsPriced(offered))
        {
            return new LineOfferDto { VendorId = vendorId.Value, Status = OfferStatus.NoBid, Line = offered.ToDto(), Deviations = deviations };
        }

        return new LineOfferDto
        {
            VendorId = vendorId.Value,
            Status = OfferStatus.Priced,
            Line = offered.ToDto(),
            ExtendedPrice = Extended(offered, line).ToDto(),
            Deviations = deviations,
        };
    }

    /// <summary>
    /// The vendor whose unit price in the RFQ currency is lowest, or null when no offer is priced in it or two tie.
    /// Prices in another currency are not ranked: Purchaser has no exchange rates, and a guess would mislead an award.
    /// </summary>
    private static Guid? Lowest(CurrencyCode currency, List<LineOfferDto> offers)
    {
        var ranked = offers.Where(o => o.Status == OfferStatus.Priced).Select(o => (o.VendorId, Price: o.Line!.UnitPrice!)).Where(o => o.Price.Currency == currency.Code).OrderBy(o => o.Price.Amount).ToList();
        return ranked.Count switch
        {
            0 => null,
            1 => ranked[0].VendorId,
            _ => ranked[0].Price.Amount < ranked[1].Price.Amount ? ranked[0].VendorId : null,
        };
    }

    private static QuotedLine? Offered(NormalizedQuote quote, int lineNumber) => quote.Lines.FirstOrDefault(l => l.LineNumber == lineNumber);

    /// <summary>A priced line's unit price times its quoted quantity, or the requested one when none is quoted.</summary>
    private static Money Extended(QuotedLine priced, RfqLine line) => priced.UnitPrice!.Value.Extend(priced.Quantity ?? line.Quantity);

    /// <summary>Whether the line is offered at a price: not declined, whatever figure a declining line may carry.</summary>
    private static bool IsPriced(QuotedLine line) => line is { NoBid: false, UnitPrice: not null };

    private static QuoteDeviationDto ToDto(QuoteDeviation deviation) => new(deviation.LineNumber, deviation.Kind, deviation.Detail);

    /// <summary>The wire names of <see cref="LineOfferDto.Status"/>.</summary>
    internal static class OfferStatus
    {
        public const string Priced = "priced";
        public const string NoBid = "no-bid";
        public const string Missing = "missing";
        public const string Awaiting = "awaiting";
    }
}
