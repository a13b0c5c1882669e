using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Contracts;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// Makes one attempt of one delivery (claimed, handed over, or sent straight from the outbox) and records what
/// happened: success, a scheduled retry, final failure, or a disabled endpoint.
/// </summary>
internal sealed class WebhookDeliverer(IWebhookStore store, WebhookSender sender, EndpointCache endpoints, AttemptRecorder recorder, DeliveryLog log, IOptionsMonitor<WebhookOptions> options, TimeProvider time, ILogger<WebhookDeliverer> logger)
{
    public async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var found = await endpoints.GetAsync(store, delivery.TenantId, delivery.EndpointId, cancellationToken).ConfigureAwait(false);
        if (found is not ({ Enabled: true } endpoint, var keys))
        {
            // Disabled or deleted meanwhile: a stored delivery's lease lapses and it waits for the endpoint to be enabled;
            // one sent straight from the outbox is stored to wait the same way, or dropped with its endpoint.
            log.NotSent(delivery, endpointDeleted: found is null);
            return;
        }

        recorder.Sending();
        try
        {
            await SendAndRecordAsync(delivery, endpoint, keys, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            recorder.Sent();
        }
    }

    private async Task SendAndRecordAsync(WebhookDelivery delivery, WebhookEndpoint endpoint, IReadOnlyList<byte[]> keys, CancellationToken cancellationToken)
    {
        var attemptedAt = time.GetUtcNow();
        var outcome = await sender.SendAsync(endpoint.Id, endpoint.Url, delivery.MessageId, delivery.Payload, keys, cancellationToken).ConfigureAwait(false);

        var now = time.GetUtcNow();
        var attempts = delivery.Attempts + 1;
        var settings = options.CurrentValue;
        var next = outcome.Succeeded || outcome.StatusCode == HttpStatusCode.Gone
            ? null
            : new RetrySchedule([.. settings.RetrySchedule], settings.Jitter, Random.Shared.NextDouble).Next(attempts, now, outcome.StatusCode, outcome.RetryAfter);

        var updated = delivery with
        {
            Attempts = attempts,
            Status = outcome.Succeeded ? WebhookDeliveryStatus.Succeeded : next is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending,
            NextAttemptAt = next,
            CompletedAt = outcome.Succeeded || next is null ? now : null,
        };
        var (changedEndpoint, change) = EndpointAfter(endpoint, outcome, now, settings.DisableAfter);
        if (changedEndpoint is not null)
        {
            // A state change is computed on a fresh read: the cached copy may be a version behind.
            var fresh = await store.FindEndpointAsync(delivery.TenantId, delivery.EndpointId, cancellationToken).ConfigureAwait(false) ?? endpoint;
            (changedEndpoint, change) = EndpointAfter(fresh, outcome, now, settings.DisableAfter);
            endpoints.Forget(endpoint.Id);
        }

        var attempt = new WebhookAttempt
        {
            DeliveryId = delivery.Id,
            EndpointId = delivery.EndpointId,
            MessageId = delivery.MessageId,
            EventType = delivery.EventType,
            AttemptedAt = attemptedAt,
            StatusCode = outcome.StatusCode is { } code ? (int)code : null,
            Latency = outcome.Latency,
            ResponseBody = outcome.ResponseBody,
            Error = outcome.Error,
            Succeeded = outcome.Succeeded,
            NextRetryAt = next,
        };
        if (changedEndpoint is null && change.Audit.Count == 0 && change.Events.Count == 0)
        {
            // The slot is freed without waiting for the group commit: the delivery stays leased until it is recorded,
            // so nobody sends it again meanwhile, and if the record is lost the lease lapses and it is sent again.
            recorder.Record(attempt, updated);
        }
        else
        {
            await store.RecordAttemptAsync(attempt, updated, changedEndpoint, change, cancellationToken).ConfigureAwait(false);
            log.Recorded([updated]);
        }

        WebhookLog.Attempted(logger, delivery.MessageId, endpoint.Url, attempts, outcome.Succeeded, outcome.Error ?? "ok");
        if (changedEndpoint is { Enabled: false })
        {
            WebhookLog.EndpointDisabled(logger, endpoint.Id.Value, endpoint.Url, changedEndpoint.DisabledReason ?? string.Empty);
        }
    }

    private static (WebhookEndpoint? Endpoint, StateChange Change) EndpointAfter(WebhookEndpoint endpoint, SendOutcome outcome, DateTimeOffset now, TimeSpan disableAfter)
    {
        if (outcome.Succeeded)
        {
            return endpoint.FailingSince is null ? (null, new StateChange([], [])) : (endpoint with { FailingSince = null, UpdatedAt = now }, new StateChange([], []));
        }

        var failingSince = endpoint.FailingSince ?? now;
        var reason = outcome.StatusCode == HttpStatusCode.Gone
            ? "the endpoint answered 410 Gone"
            : now - failingSince >= disableAfter ? $"every delivery failed since {failingSince:u}" : null;
        if (reason is null)
        {
            return endpoint.FailingSince is null ? (endpoint with { FailingSince = now, UpdatedAt = now }, new StateChange([], [])) : (null, new StateChange([], []));
        }

        var disabled = endpoint with { Enabled = false, DisabledReason = reason, FailingSince = failingSince, UpdatedAt = now };
        var data = new WebhookEndpointDisabledEventData(endpoint.Id.Value, endpoint.Url.AbsoluteUri, reason);
        var payload = JsonSerializer.Serialize(new WebhookPayload<WebhookEndpointDisabledEventData>(EventTypes.WebhookEndpointDisabled, now, data), PurchaserJsonContext.Default.WebhookPayloadWebhookEndpointDisabledEventData);
        var change = new StateChange(
            [new AuditEntry(endpoint.TenantId, "webhook-endpoint", endpoint.Id.Value, EventTypes.WebhookEndpointDisabled, Actor.System, now, reason)],
            [new OutboxMessage(OutboxMessage.NewId(), endpoint.TenantId, EventTypes.WebhookEndpointDisabled, endpoint.Id.Value, payload, now)]);
        return (disabled, change);
    }
}
