using Microsoft.Extensions.Options;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// Reads new outbox messages and hands one delivery per subscribed, enabled endpoint of the message's tenant to the
/// <see cref="DeliveryLog"/>, which sends it without storing it first; it stores the rows the log asks for and moves the
/// stored checkpoint up to what the log has settled. Only on the host that holds <see cref="FanOutLeadership"/>.
/// </summary>
internal sealed class WebhookFanOut(IOutboxStore outbox, IWebhookStore store, DeliveryLog log, FanOutLeadership leadership, IOptionsMonitor<WebhookOptions> options, TimeProvider time)
{
    private const int BatchSize = 200;

    // With nothing in flight a burst starts with a small read, so the first POSTs leave while the rest is read.
    private const int FirstBatchSize = 16;

    // How many rounds of workers the log may have unsettled before the fan-out stops reading ahead.
    private const int WindowRounds = 64;

    /// <summary>Fans out one batch; returns how many outbox messages it read (0 when there was nothing new or no room).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!await leadership.HoldAsync(cancellationToken).ConfigureAwait(false))
        {
            log.Stop();
            return 0;
        }

        if (!log.IsStarted)
        {
            log.Start(await store.ReadFanOutCheckpointAsync(cancellationToken).ConfigureAwait(false));
        }

        var read = 0;
        var window = options.CurrentValue.MaxConcurrentDeliveries * WindowRounds;
        var unsettled = log.Unsettled;
        if (unsettled < window)
        {
            read = await ReadAsync(Math.Min(window - unsettled, unsettled == 0 ? FirstBatchSize : BatchSize), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            log.WaitForRoom(window / 2);
        }

        await StoreAsync(cancellationToken).ConfigureAwait(false);
        return read;
    }

    private async Task<int> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        var messages = await outbox.ReadAsync(log.Position, limit, cancellationToken).ConfigureAwait(false);
        if (messages.Count == 0)
        {
            return 0;
        }

        var tenants = messages.Select(m => m.TenantId).Distinct().ToList();
        var endpoints = (await store.ListEnabledEndpointsAsync(tenants, cancellationToken).ConfigureAwait(false)).ToLookup(e => e.TenantId);
        var now = time.GetUtcNow();
        var deliveries = messages
            .SelectMany(message => endpoints[message.TenantId].Where(e => e.Accepts(message.EventType)).Select(endpoint => (message.Sequence, Delivery(endpoint, message, now))))
            .ToList();
        var mark = log.Mark();
        var pending = deliveries.Count == 0 ? [] : await store.ListPendingSubjectsAsync(cancellationToken).ConfigureAwait(false);
        log.Admit(messages[^1].Sequence, deliveries, pending.ToHashSet(), mark);
        return messages.Count;
    }

    // One write for the rows the log asks for and the checkpoint; none when neither changed.
    private async Task StoreAsync(CancellationToken cancellationToken)
    {
        var settled = log.Settled;
        var rows = log.TakeToStore();
        if (rows.Count == 0 && settled <= log.Written)
        {
            return;
        }

        try
        {
            await store.AppendDeliveriesAsync(settled, rows, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            log.NotStored(rows);
            throw;
        }

        log.Stored(rows, settled);
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
