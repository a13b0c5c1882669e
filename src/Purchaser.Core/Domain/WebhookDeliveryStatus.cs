namespace Purchaser.Domain;

/// <summary>Where one message stands for one endpoint.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>A 2xx answer was received.</summary>
    Succeeded,

    /// <summary>Every attempt of the schedule failed; it can be replayed.</summary>
    Failed,
}
