namespace Purchaser.Domain;

/// <summary>Where one outbound email stands.</summary>
public enum OutboundMailStatus
{
    /// <summary>Waiting to be sent (or retried).</summary>
    Pending,

    /// <summary>The mail server accepted it.</summary>
    Sent,

    /// <summary>Refused permanently, or every retry failed.</summary>
    Failed,
}
