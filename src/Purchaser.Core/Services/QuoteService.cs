using Microsoft.Extensions.Logging;
using Purchaser.Contracts;
using Purchaser.Diagnostics;
using Purchaser.Domain;
using Purchaser.Events;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>Stores quote revisions and reads them back. Each stored revision fires <c>quote.received</c>.</summary>
public sealed class QuoteService
{
    private const int MaxConflictRetries = 3;

    private readonly IRfqStore _rfqs;
    private readonly IQuoteStore _quotes;
    private readonly TimeProvider _time;
    private readonly PurchaserTelemetry _telemetry;
    private readonly ILogger<QuoteService> _logger;

    /// <summary>Creates the service; resolved from DI.</summary>
    public QuoteService(IRfqStore rfqs, IQuoteStore quotes, TimeProvider time, PurchaserTelemetry telemetry, ILogger<QuoteService> logger)
    {
        _rfqs = rfqs;
        _quotes = quotes;
        _time = time;
        _telemetry = telemetry;
        _logger = logger;
    }

    /// <summary>Records a quote received outside email (by phone, through a portal) as the vendor's next revision.</summary>
    public async Task<QuoteRevision> RecordManualAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, RecordQuoteRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rfq = await FindRfqAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
        var quote = ManualQuoteReader.Read(rfq, request);
        return await StoreAsync(tenantId, rfqId, new Id<Vendor>(request.VendorId!.Value), quote, QuoteSource.Manual, null, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores <paramref name="quote"/> as the vendor's next revision on the RFQ, with its <c>quote.received</c> event, in one transaction.
    /// Concurrent arrivals for one RFQ are serialised by the RFQ's version and retried. A quote read from
    /// <paramref name="inbound"/> is stored once: when that message already became a revision (read again after a host
    /// died, or by two hosts at once), that revision is returned and no second <c>quote.received</c> is raised.
    /// </summary>
    public async Task<QuoteRevision> StoreAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Vendor> vendorId, NormalizedQuote quote, QuoteSource source, InboundMessage? inbound, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (inbound is not null && await _quotes.FindByInboundMessageAsync(tenantId, inbound.Id, cancellationToken).ConfigureAwait(false) is { } already)
        {
            return already;
        }

        for (var attempt = 1; ; attempt++)
        {
            var rfq = await FindRfqAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
            if (!rfq.HasVendor(vendorId))
            {
                throw new PurchaserException(new PurchaserError(ErrorCodes.VendorNotAttached, $"Vendor {vendorId} is not attached to {rfq.Number}.", ErrorKind.Conflict));
            }

            var now = _time.GetUtcNow();
            var latest = (await _quotes.ListLatestAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.VendorId == vendorId);
            var revision = new QuoteRevision
            {
                Id = Id<QuoteRevision>.New(),
                QuoteId = latest?.QuoteId ?? Id<Quote>.New(),
                TenantId = tenantId,
                RfqId = rfqId,
                VendorId = vendorId,
                Revision = (latest?.Revision ?? 0) + 1,
                ReceivedAt = now,
                Source = source,
                MessageId = inbound?.MessageId,
                InboundMessageId = inbound?.Id,
                RecordedBy = actor,
                Quote = AsRevisionOf(latest, quote),
            };
            var changed = rfq.WithQuoteReceived(vendorId, quote.Status == QuoteStatus.NoBid, now);
            var change = new StateChange(
                [new AuditEntry(tenantId, "rfq", rfqId.Value, EventTypes.QuoteReceived, actor, now, $"vendor {vendorId} revision {revision.Revision} ({WireName.Of(quote.Status)})")],
                [EventFactory.QuoteReceived(rfq, revision, now)]);
            try
            {
                await _rfqs.UpdateAsync(changed, change, revision, cancellationToken).ConfigureAwait(false);
            }
            catch (PurchaserException ex) when (ex.Error.Code == ErrorCodes.RfqConcurrencyConflict && attempt < MaxConflictRetries)
            {
                Log.RetryingAfterConflict(_logger, rfqId.Value, attempt);
                continue;
            }
            catch (PurchaserException ex) when (ex.Error.Code == ErrorCodes.InboundMessageAlreadyQuoted && inbound is not null)
            {
                if (await _quotes.FindByInboundMessageAsync(tenantId, inbound.Id, cancellationToken).ConfigureAwait(false) is { } stored)
                {
                    return stored;
                }

                throw;
            }

            _telemetry.QuotesRecorded.Add(1, new("purchaser.source", WireName.Of(source)), new("purchaser.status", WireName.Of(quote.Status)));
            Log.QuoteRecorded(_logger, revision.Revision, vendorId.Value, rfq.Number, WireName.Of(quote.Status));
            return revision;
        }
    }

    /// <summary>The latest revision of each vendor's quote on the RFQ.</summary>
    public async Task<IReadOnlyList<QuoteRevision>> ListLatestAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken = default)
    {
        await FindRfqAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
        return await _quotes.ListLatestAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every revision of one vendor's quote on the RFQ, oldest first.</summary>
    public async Task<IReadOnlyList<QuoteRevision>> ListRevisionsAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, Id<Quote> quoteId, CancellationToken cancellationToken = default)
    {
        await FindRfqAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false);
        var revisions = await _quotes.ListRevisionsAsync(tenantId, quoteId, cancellationToken).ConfigureAwait(false);
        if (revisions.Count == 0 || revisions[0].RfqId != rfqId)
        {
            throw RequestGuard.NotFound(ErrorCodes.QuoteRevisionNotFound, "quote", quoteId.Value);
        }

        return revisions;
    }

    private async Task<Rfq> FindRfqAsync(Id<Tenant> tenantId, Id<Rfq> rfqId, CancellationToken cancellationToken) =>
        await _rfqs.FindAsync(tenantId, rfqId, cancellationToken).ConfigureAwait(false)
        ?? throw RequestGuard.NotFound(ErrorCodes.RfqNotFound, "RFQ", rfqId.Value);

    /// <summary>A quote read from a message that follows an earlier revision of the vendor's is a revised quote, whatever its words said.</summary>
    private static NormalizedQuote AsRevisionOf(QuoteRevision? latest, NormalizedQuote quote) =>
        latest is not null && quote.Classification == QuoteClassification.Quote ? quote with { Classification = QuoteClassification.RevisedQuote } : quote;
}
