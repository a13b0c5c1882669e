using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>Persists webhook endpoints, the deliveries fanned out from the outbox, and every attempt.</summary>
/// <remarks>
/// A write that makes deliveries ready (stores new ones, or records an attempt that ends a delivery, which frees the next
/// of its subject) leases them to this process's dispatcher when <see cref="WebhookDeliveryHandoff.Offer"/> gives a lease,
/// with the rule <see cref="ClaimDueAsync"/> applies, and hands them over after the commit; a ready delivery it leaves
/// unleased raises <see cref="OutboxSignal"/> after the commit so a claim finds it.
/// </remarks>
public interface IWebhookStore
{
    /// <summary>Stores a new endpoint.</summary>
    Task CreateEndpointAsync(WebhookEndpoint endpoint, StateChange change, CancellationToken cancellationToken);

    /// <summary>An endpoint of the tenant, or null.</summary>
    Task<WebhookEndpoint?> FindEndpointAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, CancellationToken cancellationToken);

    /// <summary>The tenant's endpoints, oldest first.</summary>
    Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(Id<Tenant> tenantId, CancellationToken cancellationToken);

    /// <summary>Every enabled endpoint of the tenants named, for fanning out.</summary>
    Task<IReadOnlyList<WebhookEndpoint>> ListEnabledEndpointsAsync(IReadOnlyCollection<Id<Tenant>> tenantIds, CancellationToken cancellationToken);

    /// <summary>Saves a changed endpoint if its stored version equals <see cref="WebhookEndpoint.Version"/>; returns it with the next version.</summary>
    Task<WebhookEndpoint> UpdateEndpointAsync(WebhookEndpoint endpoint, StateChange change, CancellationToken cancellationToken);

    /// <summary>Deletes an endpoint and its pending deliveries; false when not found.</summary>
    Task<bool> DeleteEndpointAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> id, StateChange change, CancellationToken cancellationToken);

    /// <summary>The outbox position up to which every message has been delivered or stored as a delivery.</summary>
    Task<long> ReadFanOutCheckpointAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="deliveries"/> that the fan-out may not send straight from the outbox (an earlier delivery
    /// of their subject to their endpoint is pending) and raises the fan-out checkpoint to <paramref name="fannedOutTo"/>
    /// in one transaction. The checkpoint never moves back: a lower value leaves it where it is.
    /// </summary>
    Task AppendDeliveriesAsync(long fannedOutTo, IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>The endpoint and subject of every pending delivery: a new event of such a pair must queue behind it.</summary>
    Task<IReadOnlyCollection<(Id<WebhookEndpoint> EndpointId, Guid SubjectId)>> ListPendingSubjectsAsync(CancellationToken cancellationToken);

    /// <summary>Stores deliveries outside the fan-out (a test ping).</summary>
    Task AddDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, CancellationToken cancellationToken);

    /// <summary>
    /// Leases up to <paramref name="limit"/> pending deliveries due at <paramref name="now"/> to <paramref name="owner"/>
    /// until <paramref name="leaseUntil"/>: only to enabled endpoints, and only a delivery with no earlier pending
    /// delivery of the same subject to the same endpoint, so events of one RFQ arrive in order.
    /// </summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, string owner, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back the leases <paramref name="owner"/> holds on pending deliveries it will not send after all (a stopping
    /// dispatcher's queue), so any dispatcher may claim them at once instead of when the lease runs out.
    /// </summary>
    Task ReleaseAsync(string owner, IReadOnlyList<Id<WebhookDelivery>> deliveryIds, CancellationToken cancellationToken);

    /// <summary>Records an attempt and the delivery's new state (releasing its lease), and the endpoint's when it changed.</summary>
    /// <remarks>
    /// A delivery not stored yet (<see cref="WebhookDelivery.Sequence"/> 0: a first attempt sent straight from the outbox)
    /// needs no row when the attempt succeeded; any other outcome stores it with its new state.
    /// </remarks>
    Task RecordAttemptAsync(WebhookAttempt attempt, WebhookDelivery delivery, WebhookEndpoint? endpoint, StateChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Records several successful or retried attempts that change no endpoint, in as few transactions as the store can,
    /// treating deliveries not stored yet as <see cref="RecordAttemptAsync"/> does. The default records them one by one;
    /// stores override it to commit them together.
    /// </summary>
    async Task RecordAttemptsAsync(IReadOnlyList<(WebhookAttempt Attempt, WebhookDelivery Delivery)> attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        foreach (var (attempt, delivery) in attempts)
        {
            await RecordAttemptAsync(attempt, delivery, null, new StateChange([], []), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The endpoint's attempts, newest first.</summary>
    Task<Page<WebhookAttempt>> ListAttemptsAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> endpointId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The endpoint's deliveries of one message, or that are failed and were created at or after <paramref name="failedSince"/>.</summary>
    Task<IReadOnlyList<WebhookDelivery>> FindDeliveriesAsync(Id<Tenant> tenantId, Id<WebhookEndpoint> endpointId, string? messageId, DateTimeOffset? failedSince, CancellationToken cancellationToken);

    /// <summary>Makes deliveries pending again, due at <paramref name="now"/>, with a fresh attempt budget.</summary>
    Task RequeueAsync(IReadOnlyList<Id<WebhookDelivery>> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>An outbox message of the tenant by id, for replaying one that the endpoint never received.</summary>
    Task<OutboxMessage?> FindOutboxMessageAsync(Id<Tenant> tenantId, string messageId, CancellationToken cancellationToken);
}
