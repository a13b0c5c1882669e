using System.Text.Json;
using Microsoft.Extensions.Options;
using Purchaser.Contracts;
using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>Manages a tenant's webhook endpoints: registration, secret rotation, the attempt log, replay and test pings.</summary>
public sealed class WebhookEndpointService
{
    private const int MaxDescriptionLength = 500;

    private readonly IWebhookStore _store;
    private readonly WebhookUrlGuard _guard;
    private readonly WebhookSecretProtector _secrets;
    private readonly IOptionsMonitor<WebhookOptions> _options;
    private readonly TimeProvider _time;

    internal WebhookEndpointService(IWebhookStore store, WebhookUrlGuard guard, WebhookSecretProtector secrets, IOptionsMonitor<WebhookOptions> options, TimeProvider time)
    {
        _store = store;
        _guard = guard;
        _secrets = secrets;
        _options = options;
        _time = time;
    }

    /// <summary>Registers an endpoint; the returned secret is the only copy.</summary>
    public async Task<(WebhookEndpoint Endpoint, string Secret)> CreateAsync(Id<Tenant> tenantId, CreateWebhookEndpointRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var url = await ValidateUrlAsync(request.Url, errors, cancellationToken).ConfigureAwait(false);
        var eventTypes = ValidateEventTypes(request.EventTypes, errors);
        errors.Require((request.Description?.Length ?? 0) <= MaxDescriptionLength, "description", $"At most {MaxDescriptionLength} characters.");
        errors.ThrowIfAny();
        var now = _time.GetUtcNow();
        var secret = WebhookSecretProtector.NewSecret();
        var endpoint = new WebhookEndpoint
        {
            Id = Id<WebhookEndpoint>.New(),
            TenantId = tenantId,
            Url = url!,
            Description = request.Description?.Trim(),
            EventTypes = eventTypes,
            Secrets = [new WebhookSigningSecret(_secrets.Protect(secret), now, null)],
            CreatedAt = now,
            UpdatedAt = now,
        };
        await _store.CreateEndpointAsync(endpoint, Audit(endpoint, "webhook.endpoint.created", actor, now, url!.AbsoluteUri), cancellationToken).ConfigureAwait(false);
        return (endpoint, secret);
    }

    /// <summary>Reads an endpoint.</summary>
    public async Task<WebhookEndpoint> GetAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, CancellationToken cancellationToken = default) =>
        await _store.FindEndpointAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
        ?? throw new PurchaserException(new PurchaserError(ErrorCodes.WebhookEndpointNotFound, $"No webhook endpoint with id {id} exists.", ErrorKind.NotFound));

    /// <summary>The tenant's endpoints.</summary>
    public Task<IReadOnlyList<WebhookEndpoint>> ListAsync(Id<Tenant> tenantId, CancellationToken cancellationToken = default) =>
        _store.ListEndpointsAsync(tenantId, cancellationToken);

    /// <summary>Changes the members given; enabling an endpoint clears its failure state.</summary>
    public async Task<WebhookEndpoint> UpdateAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, UpdateWebhookEndpointRequest request, long? expectedVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var endpoint = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        if (expectedVersion is { } expected && expected != endpoint.Version)
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.PreconditionFailed, $"The webhook endpoint is at version {endpoint.Version}, not {expected}.", ErrorKind.PreconditionFailed));
        }

        var errors = new ValidationErrors();
        var url = request.Url is null ? endpoint.Url : await ValidateUrlAsync(request.Url, errors, cancellationToken).ConfigureAwait(false);
        var eventTypes = request.EventTypes is null ? endpoint.EventTypes : ValidateEventTypes(request.EventTypes, errors);
        errors.Require((request.Description?.Length ?? 0) <= MaxDescriptionLength, "description", $"At most {MaxDescriptionLength} characters.");
        errors.ThrowIfAny();
        var now = _time.GetUtcNow();
        var enabling = request.Enabled == true && !endpoint.Enabled;
        var changed = endpoint with
        {
            Url = url!,
            EventTypes = eventTypes,
            Description = request.Description is null ? endpoint.Description : request.Description.Trim(),
            Enabled = request.Enabled ?? endpoint.Enabled,
            DisabledReason = enabling ? null : endpoint.DisabledReason,
            FailingSince = enabling ? null : endpoint.FailingSince,
            UpdatedAt = now,
        };
        return await _store.UpdateEndpointAsync(changed, Audit(endpoint, "webhook.endpoint.updated", actor, now, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an endpoint and its pending deliveries.</summary>
    public async Task DeleteAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, Actor actor, CancellationToken cancellationToken = default)
    {
        var change = StateChange.AuditOnly(new AuditEntry(tenantId, "webhook-endpoint", id.Value, "webhook.endpoint.deleted", actor, _time.GetUtcNow(), null));
        if (!await _store.DeleteEndpointAsync(tenantId, id, change, cancellationToken).ConfigureAwait(false))
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.WebhookEndpointNotFound, $"No webhook endpoint with id {id} exists.", ErrorKind.NotFound));
        }
    }

    /// <summary>
    /// Issues a new secret. The previous one keeps signing for the configured overlap, so receivers can switch without
    /// losing a message; meanwhile each delivery carries both signatures.
    /// </summary>
    public async Task<(WebhookEndpoint Endpoint, string Secret)> RotateSecretAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, Actor actor, CancellationToken cancellationToken = default)
    {
        var endpoint = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var overlapEnds = now + _options.CurrentValue.SecretOverlap;
        var secret = WebhookSecretProtector.NewSecret();
        var kept = endpoint.ActiveSecrets(now).Select(s => s.ExpiresAt is null ? s with { ExpiresAt = overlapEnds } : s);
        var changed = endpoint with { Secrets = [.. kept, new WebhookSigningSecret(_secrets.Protect(secret), now, null)], UpdatedAt = now };
        var saved = await _store.UpdateEndpointAsync(changed, Audit(endpoint, "webhook.endpoint.secret_rotated", actor, now, $"previous secret signs until {overlapEnds:u}"), cancellationToken).ConfigureAwait(false);
        return (saved, secret);
    }

    /// <summary>The endpoint's delivery attempts, newest first.</summary>
    public async Task<Page<WebhookAttempt>> ListAttemptsAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, PageRequest page, CancellationToken cancellationToken = default)
    {
        await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        return await _store.ListAttemptsAsync(tenantId, id, page, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends one message again, or every delivery that failed since a time; returns how many were queued.</summary>
    public async Task<int> ReplayAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, ReplayWebhookRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        new ValidationErrors()
            .Require(request.MessageId is not null ^ request.FailedSince is not null, "messageId", "Give either messageId or failedSince.")
            .ThrowIfAny();
        var endpoint = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var existing = await _store.FindDeliveriesAsync(tenantId, id, request.MessageId, request.FailedSince, cancellationToken).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            await _store.RequeueAsync([.. existing.Select(d => d.Id)], now, cancellationToken).ConfigureAwait(false);
            return existing.Count;
        }

        if (request.MessageId is null)
        {
            return 0;
        }

        var message = await _store.FindOutboxMessageAsync(tenantId, request.MessageId, cancellationToken).ConfigureAwait(false);
        if (message is null || !endpoint.Accepts(message.EventType))
        {
            throw new PurchaserException(new PurchaserError(ErrorCodes.WebhookMessageNotFound, $"No message {request.MessageId} exists for this endpoint.", ErrorKind.NotFound));
        }

        await _store.AddDeliveriesAsync([WebhookFanOut.Delivery(endpoint, message, now)], cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <summary>Queues a signed <c>ping</c> to the endpoint alone; returns its message id.</summary>
    public async Task<string> SendTestAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, CancellationToken cancellationToken = default)
    {
        var endpoint = await GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var payload = JsonSerializer.Serialize(
            new WebhookPayload<PingEventData>(EventTypes.Ping, now, new PingEventData(endpoint.Id.Value, "Test message from Purchaser.")),
            PurchaserJsonContext.Default.WebhookPayloadPingEventData);
        var message = new OutboxMessage(OutboxMessage.NewId(), tenantId, EventTypes.Ping, endpoint.Id.Value, payload, now);
        await _store.AddDeliveriesAsync([WebhookFanOut.Delivery(endpoint, message, now)], cancellationToken).ConfigureAwait(false);
        return message.Id;
    }

    private async Task<Uri?> ValidateUrlAsync(string? url, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (await _guard.CheckAsync(url, cancellationToken).ConfigureAwait(false) is { } problem)
        {
            errors.Add("url", problem);
            return null;
        }

        return new Uri(url!);
    }

    private static IReadOnlyList<string>? ValidateEventTypes(IReadOnlyList<string?>? eventTypes, ValidationErrors errors)
    {
        if (eventTypes is null || eventTypes.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < eventTypes.Count; i++)
        {
            errors.Require(eventTypes[i] is { } type && EventTypes.All.Contains(type), $"eventTypes[{i}]", $"'{eventTypes[i]}' is not an event type. Known: {string.Join(", ", EventTypes.All)}.");
        }

        return [.. eventTypes.OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    private static StateChange Audit(WebhookEndpoint endpoint, string action, Actor actor, DateTimeOffset now, string? detail) =>
        StateChange.AuditOnly(new AuditEntry(endpoint.TenantId, "webhook-endpoint", endpoint.Id.Value, action, actor, now, detail));
}
