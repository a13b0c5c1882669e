using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>Turns new outbox messages into one pending delivery per subscribed, enabled endpoint of the message's tenant.</summary>
internal sealed class WebhookFanOut(IOutboxStore outbox, IWebhookStore store, TimeProvider time)
{
    private const int BatchSize = 200;

    /// <summary>Fans out one batch; returns how many outbox messages it consumed (0 when there was nothing new).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var checkpoint = await store.ReadFanOutCheckpointAsync(cancellationToken).ConfigureAwait(false);
        var messages = await outbox.ReadAsync(checkpoint, BatchSize, cancellationToken).ConfigureAwait(false);
        if (messages.Count == 0)
        {
            return 0;
        }

        var tenants = messages.Select(m => m.TenantId).Distinct().ToList();
        var endpoints = (await store.ListEnabledEndpointsAsync(tenants, cancellationToken).ConfigureAwait(false)).ToLookup(e => e.TenantId);
        var now = time.GetUtcNow();
        var deliveries = messages
            .SelectMany(message => endpoints[message.TenantId].Where(e => e.Accepts(message.EventType)).Select(endpoint => Delivery(endpoint, message, now)))
            .ToList();

        // Another dispatcher may have consumed the batch first; its deliveries stand and this pass simply ends.
        return await store.AppendDeliveriesAsync(checkpoint, messages[^1].Sequence, deliveries, cancellationToken).ConfigureAwait(false) ? messages.Count : 0;
    }

    internal static WebhookDelivery Delivery(WebhookEndpoint endpoint, OutboxMessage message, DateTimeOffset now) => new()
    {
        Id = Id<WebhookDelivery>.New(),
        TenantId = message.TenantId,
        EndpointId = endpoint.Id,
        MessageId = message.Id,
        EventType = message.EventType,
        SubjectId = message.SubjectId,
        Payload = message.Payload,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };
}
