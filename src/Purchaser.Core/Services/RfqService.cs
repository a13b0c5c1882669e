using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Contracts;
using Purchaser.Diagnostics;
using Purchaser.Domain;
using Purchaser.Events;
using Purchaser.Mail;
using Purchaser.Storage;

namespace Purchaser.Services;

/// <summary>
/// Creates and moves RFQs through their life. Every change is stored with its audit entry and outbox event in one
/// transaction; refused operations throw <see cref="PurchaserException"/> with a stable code.
/// </summary>
public sealed class RfqService
{
    private const int MaxTitleLength = 200;
    private const int MaxReferenceLength = 100;

    private readonly IRfqStore _rfqs;
    private readonly IVendorStore _vendors;
    private readonly IQuoteStore _quotes;
    private readonly IAuditStore _audit;
    private readonly TimeProvider _time;
    private readonly PurchaserTelemetry _telemetry;
    private readonly ILogger<RfqService> _logger;
    private readonly PurchaserOptions _options;
    private readonly IRfqMailComposer? _mail;

    /// <summary>Creates the service; resolved from DI. With a mail composer registered, publishing mails the vendors.</summary>
    public RfqService(IRfqStore rfqs, IVendorStore vendors, IQuoteStore quotes, IAuditStore audit, TimeProvider time, PurchaserTelemetry telemetry, IOptions<PurchaserOptions> options, ILogger<RfqService> logger, IRfqMailComposer? mail = null)
    {
        _mail = mail;
        _rfqs = rfqs;
        _vendors = vendors;
        _quotes = quotes;
        _audit = audit;
        _time = time;
        _telemetry = telemetry;
        _logger = logger;
        _options = options.Value;
    }

    /// <summary>Creates a draft RFQ, attaching the vendor list when one is named.</summary>
    public async Task<Rfq> CreateAsync(Id<Tenant> tenantId, CreateRfqRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = PurchaserTelemetry.ActivitySource.StartActivity("rfq.create");
        var now = _time.GetUtcNow();
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Title), "title", "A title is required.");
        errors.Require((request.Title?.Length ?? 0) <= MaxTitleLength, "title", $"At most {MaxTitleLength} characters.");
        errors.Require((request.Reference?.Length ?? 0) <= MaxReferenceLength, "reference", $"At most {MaxReferenceLength} characters.");
        CurrencyCode currency = default;
        if (string.IsNullOrWhiteSpace(request.Currency))
        {
            errors.Add("currency", "A currency is required, as an ISO 4217 code such as USD.");
        }
        else if (!CurrencyCode.TryParse(request.Currency, null, out currency))
        {
            errors.Add("currency", $"'{request.Currency}' is not an ISO 4217 currency code.");
        }

        errors.Require(request.ResponseDueAt is null || request.ResponseDueAt > now, "responseDueAt", "The response due time must be in the future.");
        var lines = RfqLineValidator.Validate(request.Lines, _options.MaxLinesPerRfq, errors);
        errors.ThrowIfAny();

        IReadOnlyList<Id<Vendor>> vendorIds = [];
        if (request.VendorListId is { } listId)
        {
            vendorIds = await VendorsOfListAsync(tenantId, new Id<VendorList>(listId), cancellationToken).ConfigureAwait(false);
        }

        var year = now.Year;
        var sequence = await _rfqs.NextNumberAsync(tenantId, year, cancellationToken).ConfigureAwait(false);
        var rfq = new Rfq
        {
            Id = Id<Rfq>.New(),
            TenantId = tenantId,
            Number = $"{_options.RfqNumberPrefix}-{year}-{sequence:D6}",
            Reference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim(),
            Title = request.Title!.Trim(),
            Currency = currency,
            ResponseDueAt = request.ResponseDueAt?.ToUniversalTime(),
            Status = RfqStatus.Draft,
            Lines = [.. lines.OrderBy(l => l.LineNumber)],
            CreatedAt = now,
            UpdatedAt = now,
        }.WithVendorsAttached(vendorIds, now);

        await _rfqs.CreateAsync(rfq, Change(rfq, EventTypes.RfqCreated, actor, now, $"{rfq.Lines.Count} line(s), {rfq.Vendors.Count} vendor(s)"), cancellationToken).ConfigureAwait(false);
        Record(rfq, EventTypes.RfqCreated, actor);
        return rfq;
    }

    /// <summary>Reads an RFQ of the tenant.</summary>
    public async Task<Rfq> GetAsync(Id<Tenant> tenantId, Id<Rfq> id, CancellationToken cancellationToken = default) =>
        await _rfqs.FindAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
        ?? throw RequestGuard.NotFound(ErrorCodes.RfqNotFound, "RFQ", id.Value);

    /// <summary>Lists the tenant's RFQs, newest first.</summary>
    public Task<Page<Rfq>> ListAsync(Id<Tenant> tenantId, RfqQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _rfqs.ListAsync(tenantId, query, cancellationToken);
    }

    /// <summary>Replaces the lines of a draft.</summary>
    public Task<Rfq> ReplaceLinesAsync(Id<Tenant> tenantId, Id<Rfq> id, ReplaceRfqLinesRequest request, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var lines = RfqLineValidator.Validate(request.Lines, _options.MaxLinesPerRfq, errors);
        errors.ThrowIfAny();
        return ChangeAsync(tenantId, id, expectedVersion, actor, "rfq.lines_replaced", null, (rfq, now) => rfq.WithLines(lines, now), cancellationToken);
    }

    /// <summary>Attaches every vendor of a list and the given vendors.</summary>
    public async Task<Rfq> AttachVendorsAsync(Id<Tenant> tenantId, Id<Rfq> id, AttachVendorsRequest request, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.VendorListId is null && (request.VendorIds is null || request.VendorIds.Count == 0))
        {
            new ValidationErrors().Add("vendorListId", "Give a vendorListId or at least one of vendorIds.").ThrowIfAny();
        }

        var vendorIds = new List<Id<Vendor>>();
        if (request.VendorListId is { } listId)
        {
            vendorIds.AddRange(await VendorsOfListAsync(tenantId, new Id<VendorList>(listId), cancellationToken).ConfigureAwait(false));
        }

        if (request.VendorIds is { Count: > 0 } ids)
        {
            var requested = ids.Select(v => new Id<Vendor>(v)).Distinct().ToList();
            var found = await _vendors.FindManyAsync(tenantId, requested, cancellationToken).ConfigureAwait(false);
            var missing = requested.Except(found.Select(v => v.Id)).ToList();
            if (missing.Count > 0)
            {
                throw RequestGuard.NotFound(ErrorCodes.VendorNotFound, "vendor", missing[0].Value);
            }

            vendorIds.AddRange(requested);
        }

        return await AttachAndInviteAsync(tenantId, id, vendorIds, expectedVersion, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// With mail, attaching vendors to an RFQ already published invites them at once: each gets its own invitation (own
    /// reply token), queued with the change. <c>rfq.published</c> was already sent and is not repeated for them.
    /// </summary>
    private async Task<Rfq> AttachAndInviteAsync(Id<Tenant> tenantId, Id<Rfq> id, IReadOnlyList<Id<Vendor>> vendorIds, long? expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        using var activity = PurchaserTelemetry.ActivitySource.StartActivity("rfq.vendors_attached");
        var rfq = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        RequestGuard.EnsureVersion(expectedVersion, rfq.Version, "RFQ");
        var now = _time.GetUtcNow();
        var changed = rfq.WithVendorsAttached(vendorIds, now);
        if (ReferenceEquals(changed, rfq))
        {
            return rfq;
        }

        var invitations = new List<OutboundMail>();
        if (_mail is not null && changed.Status == RfqStatus.Published)
        {
            var added = changed.Vendors.Select(v => v.VendorId).Where(v => !rfq.HasVendor(v)).ToList();
            var vendors = await _vendors.FindManyAsync(tenantId, added, cancellationToken).ConfigureAwait(false);
            // The dispatcher tells a late invitation from the publication's by its creation time; stamp it after the
            // publication even when this host's clock is behind the one that published, or its settling would be
            // taken for the publication's last invitation and repeat rfq.published.
            var invitedAt = changed.PublishedAt is { } publishedAt && now <= publishedAt ? publishedAt + TimeSpan.FromMilliseconds(1) : now;
            invitations.AddRange(vendors.Select(v => _mail.ComposeInvitation(changed, v, actor, now) with { CreatedAt = invitedAt }));
        }

        var detail = invitations.Count == 0 ? null : $"{invitations.Count} invitation(s) queued";
        var change = new StateChange([Audit(changed, "rfq.vendors_attached", actor, now, detail)], []) { Mail = invitations };
        var saved = await _rfqs.UpdateAsync(changed, change, null, cancellationToken).ConfigureAwait(false);
        Record(saved, "rfq.vendors_attached", actor);
        return saved;
    }

    /// <summary>Publishes a draft to its vendors.</summary>
    /// <remarks>
    /// Without mail, <c>rfq.published</c> is written at once. With mail, one invitation per vendor is queued in the same
    /// transaction and <c>rfq.published</c> follows when every invitation was accepted or finally failed, listing each.
    /// </remarks>
    public async Task<Rfq> PublishAsync(Id<Tenant> tenantId, Id<Rfq> id, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        if (_mail is null)
        {
            return await ChangeAsync(tenantId, id, expectedVersion, actor, EventTypes.RfqPublished, EventTypes.RfqPublished, (rfq, now) => rfq.Publish(now), cancellationToken).ConfigureAwait(false);
        }

        using var activity = PurchaserTelemetry.ActivitySource.StartActivity(EventTypes.RfqPublished);
        var rfq = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        RequestGuard.EnsureVersion(expectedVersion, rfq.Version, "RFQ");
        var now = _time.GetUtcNow();
        var published = rfq.Publish(now);
        var vendors = await _vendors.FindManyAsync(tenantId, [.. published.Vendors.Select(v => v.VendorId)], cancellationToken).ConfigureAwait(false);
        var invitations = vendors.Select(v => _mail.ComposeInvitation(published, v, actor, now)).ToList();
        OutboxMessage[] events = invitations.Count == 0 ? [EventFactory.ForRfq(EventTypes.RfqPublished, AsStored(published), now, [])] : [];
        var change = new StateChange([Audit(published, EventTypes.RfqPublished, actor, now, $"{invitations.Count} invitation(s) queued")], events) { Mail = invitations };
        var saved = await _rfqs.UpdateAsync(published, change, null, cancellationToken).ConfigureAwait(false);
        Record(saved, EventTypes.RfqPublished, actor);
        return saved;
    }

    /// <summary>Closes a published RFQ by hand.</summary>
    public Task<Rfq> CloseAsync(Id<Tenant> tenantId, Id<Rfq> id, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(tenantId, id, expectedVersion, actor, EventTypes.RfqClosed, EventTypes.RfqClosed, (rfq, now) => rfq.Close(now), cancellationToken);

    /// <summary>Cancels an open RFQ.</summary>
    public Task<Rfq> CancelAsync(Id<Tenant> tenantId, Id<Rfq> id, string? reason, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(tenantId, id, expectedVersion, actor, EventTypes.RfqCancelled, EventTypes.RfqCancelled, (rfq, now) => rfq.Cancel(reason?.Trim(), now), cancellationToken, reason);

    /// <summary>
    /// Awards the RFQ: whole to one vendor's quote revision, or per line. A published RFQ is closed first, recorded as its own event.
    /// </summary>
    public async Task<Rfq> AwardAsync(Id<Tenant> tenantId, Id<Rfq> id, AwardRfqRequest request, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var activity = PurchaserTelemetry.ActivitySource.StartActivity("rfq.award");
        var rfq = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        RequestGuard.EnsureVersion(expectedVersion, rfq.Version, "RFQ");
        var now = _time.GetUtcNow();
        var lines = await new AwardBuilder(rfq, _quotes).BuildAsync(request, cancellationToken).ConfigureAwait(false);
        var mode = request.Lines is { Count: > 0 } ? AwardMode.PerLine : AwardMode.Whole;

        var audit = new List<AuditEntry>();
        var events = new List<OutboxMessage>();
        var changed = rfq;
        if (changed.Status == RfqStatus.Published)
        {
            changed = changed.Close(now);
            audit.Add(Audit(changed, EventTypes.RfqClosed, actor, now, "closed to award"));
            events.Add(EventFactory.ForRfq(EventTypes.RfqClosed, changed, now));
        }

        changed = changed.WithAward(new Award(mode, lines, actor, now), now);
        var detail = string.Join("; ", lines.Select(l => $"line {l.LineNumber} → vendor {l.VendorId} @ {l.UnitPrice} × {l.Quantity} (revision {l.QuoteRevisionId})"));
        audit.Add(Audit(changed, EventTypes.RfqAwarded, actor, now, detail));
        events.Add(EventFactory.ForRfq(EventTypes.RfqAwarded, AsStored(changed), now));
        var saved = await _rfqs.UpdateAsync(changed, new StateChange(audit, events), null, cancellationToken).ConfigureAwait(false);
        Record(saved, EventTypes.RfqAwarded, actor);
        return saved;
    }

    /// <summary>The audit log of one RFQ, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> GetAuditAsync(Id<Tenant> tenantId, Id<Rfq> id, long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        return await _audit.ListAsync(tenantId, id.Value, afterSequence, Math.Clamp(limit, 1, PageRequest.MaxLimit), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every published RFQ whose response due time has passed; returns how many were closed.</summary>
    public async Task<int> ClosePastDueAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var closed = 0;
        foreach (var rfq in await _rfqs.ListPastDueAsync(now, 100, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var changed = rfq.Close(now);
                await _rfqs.UpdateAsync(changed, Change(AsStored(changed), EventTypes.RfqClosed, Actor.System, now, "response due time passed"), null, cancellationToken).ConfigureAwait(false);
                Record(changed, EventTypes.RfqClosed, Actor.System);
                closed++;
            }
            catch (PurchaserException ex) when (ex.Error.Kind == ErrorKind.Conflict)
            {
                // Someone changed it meanwhile (awarded, cancelled, closed by hand); the next pass sees the new state.
            }
        }

        return closed;
    }

    internal async Task<Rfq> ChangeAsync(Id<Tenant> tenantId, Id<Rfq> id, long? expectedVersion, Actor actor, string action, string? eventType, Func<Rfq, DateTimeOffset, Rfq> transition, CancellationToken cancellationToken, string? detail = null)
    {
        using var activity = PurchaserTelemetry.ActivitySource.StartActivity(action);
        var rfq = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        RequestGuard.EnsureVersion(expectedVersion, rfq.Version, "RFQ");
        var now = _time.GetUtcNow();
        var changed = transition(rfq, now);
        if (ReferenceEquals(changed, rfq))
        {
            return rfq;
        }

        var events = eventType is null ? [] : new[] { EventFactory.ForRfq(eventType, AsStored(changed), now) };
        var saved = await _rfqs.UpdateAsync(changed, new StateChange([Audit(changed, action, actor, now, detail)], events), null, cancellationToken).ConfigureAwait(false);
        Record(saved, action, actor);
        return saved;
    }

    private async Task<IReadOnlyList<Id<Vendor>>> VendorsOfListAsync(Id<Tenant> tenantId, Id<VendorList> listId, CancellationToken cancellationToken)
    {
        var list = await _vendors.FindListAsync(tenantId, listId, cancellationToken).ConfigureAwait(false)
            ?? throw RequestGuard.NotFound(ErrorCodes.VendorListNotFound, "vendor list", listId.Value);
        return list.VendorIds;
    }

    /// <summary>The audit entry and event of one change; <paramref name="rfq"/> is the RFQ as it will be stored.</summary>
    private static StateChange Change(Rfq rfq, string eventType, Actor actor, DateTimeOffset now, string? detail) =>
        new([Audit(rfq, eventType, actor, now, detail)], [EventFactory.ForRfq(eventType, rfq, now)]);

    /// <summary>A changed RFQ as <see cref="IRfqStore.UpdateAsync"/> will store it: event payloads carry the version they describe.</summary>
    private static Rfq AsStored(Rfq changed) => changed with { Version = changed.Version + 1 };

    private static AuditEntry Audit(Rfq rfq, string action, Actor actor, DateTimeOffset now, string? detail) =>
        new(rfq.TenantId, "rfq", rfq.Id.Value, action, actor, now, detail);

    private void Record(Rfq rfq, string action, Actor actor)
    {
        _telemetry.RfqTransitions.Add(1, new KeyValuePair<string, object?>("purchaser.event", action));
        Log.RfqChanged(_logger, rfq.Number, rfq.Id.Value, action, actor.ToString());
    }
}
