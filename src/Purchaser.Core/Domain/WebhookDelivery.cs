namespace Purchaser.Domain;

/// <summary>One message to be delivered to one endpoint, with its retry state.</summary>
public sealed record WebhookDelivery
{
    /// <summary>The delivery's identifier.</summary>
    public required Id<WebhookDelivery> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>The receiving endpoint.</summary>
    public required Id<WebhookEndpoint> EndpointId { get; init; }

    /// <summary>The message id, sent as <c>webhook-id</c> on every attempt.</summary>
    public required string MessageId { get; init; }

    /// <summary>The event type.</summary>
    public required string EventType { get; init; }

    /// <summary>The entity the event is about; deliveries of one subject to one endpoint go in order.</summary>
    public required Guid SubjectId { get; init; }

    /// <summary>The JSON body.</summary>
    public required string Payload { get; init; }

    /// <summary>Where the delivery stands.</summary>
    public WebhookDeliveryStatus Status { get; init; }

    /// <summary>Attempts made so far.</summary>
    public int Attempts { get; init; }

    /// <summary>When the next attempt is due, while pending.</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>When the delivery was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it succeeded or finally failed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Store-assigned order of creation; 0 until stored.</summary>
    public long Sequence { get; init; }
}
