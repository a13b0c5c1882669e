namespace Purchaser.Domain;

/// <summary>One HTTP attempt of a delivery, as the deliveries API shows it.</summary>
public sealed record WebhookAttempt
{
    /// <summary>The delivery attempted.</summary>
    public required Id<WebhookDelivery> DeliveryId { get; init; }

    /// <summary>The endpoint.</summary>
    public required Id<WebhookEndpoint> EndpointId { get; init; }

    /// <summary>The message id.</summary>
    public required string MessageId { get; init; }

    /// <summary>The event type.</summary>
    public required string EventType { get; init; }

    /// <summary>When the attempt started.</summary>
    public required DateTimeOffset AttemptedAt { get; init; }

    /// <summary>The HTTP status code, or null when no answer came (timeout, refused connection).</summary>
    public int? StatusCode { get; init; }

    /// <summary>How long the attempt took.</summary>
    public required TimeSpan Latency { get; init; }

    /// <summary>The start of the response body, truncated.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>What went wrong, when it failed.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the attempt succeeded.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>When the next attempt is due, if one is scheduled.</summary>
    public DateTimeOffset? NextRetryAt { get; init; }

    /// <summary>Store-assigned order; 0 until stored.</summary>
    public long Sequence { get; init; }
}
