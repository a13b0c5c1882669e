using Purchaser.Domain;

namespace Purchaser.Storage;

/// <summary>An event waiting for delivery, written in the same transaction as the change it reports.</summary>
/// <param name="Id">The message id (<c>msg_...</c>), stable across delivery attempts; webhook receivers dedupe on it.</param>
/// <param name="TenantId">The owning tenant.</param>
/// <param name="EventType">The event type, such as <c>rfq.published</c>.</param>
/// <param name="SubjectId">The entity the event is about (the RFQ); events of one subject are delivered in order.</param>
/// <param name="Payload">The complete JSON payload <c>{ "type", "timestamp", "data" }</c>.</param>
/// <param name="CreatedAt">When the event happened.</param>
public sealed record OutboxMessage(string Id, Id<Tenant> TenantId, string EventType, Guid SubjectId, string Payload, DateTimeOffset CreatedAt)
{
    /// <summary>The store-assigned position; events are read in this order. 0 until stored.</summary>
    public long Sequence { get; init; }

    /// <summary>Creates a new message id in the <c>msg_</c> form.</summary>
    public static string NewId() => "msg_" + TimeOrderedGuid.New().ToString("N");
}
