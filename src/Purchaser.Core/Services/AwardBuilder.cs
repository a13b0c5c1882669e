using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>Checks an award request against the RFQ and the named quote revisions and yields the awarded lines.</summary>
internal sealed class AwardBuilder(Rfq rfq, IQuoteStore quotes)
{
    private readonly Dictionary<Guid, QuoteRevision> _revisions = [];
    private IReadOnlyList<QuoteRevision>? _latest;

    public async Task<IReadOnlyList<AwardedLine>> BuildAsync(AwardRfqRequest request, CancellationToken cancellationToken)
    {
        if (request.Lines is { Count: > 0 } lines)
        {
            return await PerLineAsync(lines, cancellationToken).ConfigureAwait(false);
        }

        var errors = new ValidationErrors()
            .Require(request.VendorId is not null, "vendorId", "Give vendorId and quoteRevisionId to award the whole RFQ, or lines to award per line.")
            .Require(request.QuoteRevisionId is not null, "quoteRevisionId", "Give vendorId and quoteRevisionId to award the whole RFQ, or lines to award per line.");
        errors.ThrowIfAny();

        var vendorId = new Id<Vendor>(request.VendorId!.Value);
        var revision = await RevisionAsync(vendorId, request.QuoteRevisionId!.Value, cancellationToken).ConfigureAwait(false);
        var unpriced = rfq.Lines.Where(l => revision.PriceFor(l.LineNumber) is null).Select(l => l.LineNumber).ToList();
        if (unpriced.Count > 0)
        {
            throw new PurchaserException(new PurchaserError(
                ErrorCodes.AwardLineNotQuoted,
                $"Revision {revision.Revision} of the vendor's quote has no price for line(s) {string.Join(", ", unpriced)}; award per line instead.",
                ErrorKind.Conflict));
        }

        return [.. rfq.Lines.Select(l => Awarded(l, vendorId, revision, null))];
    }

    private async Task<IReadOnlyList<AwardedLine>> PerLineAsync(IReadOnlyList<AwardLineRequest?> lines, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var seen = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var path = $"lines[{i}]";
            if (lines[i] is not { } line)
            {
                errors.Add(path, "A line cannot be null.");
                continue;
            }

            if (rfq.FindLine(line.LineNumber) is null)
            {
                errors.Add($"{path}.lineNumber", $"{rfq.Number} has no line {line.LineNumber}.");
            }
            else if (!seen.Add(line.LineNumber))
            {
                errors.Add($"{path}.lineNumber", $"Line {line.LineNumber} is awarded more than once.");
            }

            errors.Require(line.VendorId is not null, $"{path}.vendorId", "The winning vendor is required.");
            errors.Require(line.QuoteRevisionId is not null, $"{path}.quoteRevisionId", "The quote revision whose price is accepted is required.");
            errors.Require(line.Quantity is null or > 0, $"{path}.quantity", "The awarded quantity must be greater than zero.");
        }

        errors.ThrowIfAny();
        var awarded = new List<AwardedLine>(lines.Count);
        foreach (var line in lines.Select(l => l!).OrderBy(l => l.LineNumber))
        {
            var vendorId = new Id<Vendor>(line.VendorId!.Value);
            var revision = await RevisionAsync(vendorId, line.QuoteRevisionId!.Value, cancellationToken).ConfigureAwait(false);
            if (revision.PriceFor(line.LineNumber) is null)
            {
                throw new PurchaserException(new PurchaserError(
                    ErrorCodes.AwardLineNotQuoted,
                    $"Revision {revision.Revision} of the vendor's quote has no price for line {line.LineNumber}.",
                    ErrorKind.Conflict));
            }

            awarded.Add(Awarded(rfq.FindLine(line.LineNumber)!, vendorId, revision, line.Quantity));
        }

        return awarded;
    }

    private static AwardedLine Awarded(RfqLine line, Id<Vendor> vendorId, QuoteRevision revision, decimal? quantity)
    {
        var quoted = revision.Quote.Lines.First(q => q.LineNumber == line.LineNumber);
        return new AwardedLine(line.LineNumber, vendorId, revision.Id, quoted.UnitPrice!.Value, quantity ?? quoted.Quantity ?? line.Quantity);
    }

    private async Task<QuoteRevision> RevisionAsync(Id<Vendor> vendorId, Guid revisionId, CancellationToken cancellationToken)
    {
        if (!rfq.HasVendor(vendorId))
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.VendorNotAttached, $"Vendor {vendorId} is not attached to {rfq.Number}.", ErrorKind.Conflict));
        }

        if (!_revisions.TryGetValue(revisionId, out var revision))
        {
            revision = await quotes.FindRevisionAsync(rfq.TenantId, new Id<QuoteRevision>(revisionId), cancellationToken).ConfigureAwait(false);
            if (revision is null || revision.RfqId != rfq.Id || revision.VendorId != vendorId)
            {
                throw RequestGuard.NotFound(ErrorCodes.QuoteRevisionNotFound, $"quote revision of vendor {vendorId} on {rfq.Number}", revisionId);
            }

            _latest ??= await quotes.ListLatestAsync(rfq.TenantId, rfq.Id, cancellationToken).ConfigureAwait(false);
            var latest = _latest.FirstOrDefault(r => r.QuoteId == revision.QuoteId);
            if (latest is not null && latest.Id != revision.Id)
            {
                throw new PurchaserException(new PurchaserError(
                    ErrorCodes.QuoteRevisionSuperseded,
                    $"Revision {revision.Revision} of the vendor's quote is superseded by revision {latest.Revision} ({latest.Id}).",
                    ErrorKind.Conflict));
            }

            _revisions[revisionId] = revision;
        }

        return revision;
    }
}
