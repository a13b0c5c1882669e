namespace Purchaser.Client.Webhooks;

/// <summary>Why a webhook request was refused.</summary>
public enum WebhookVerificationFailure
{
    /// <summary>The request verified.</summary>
    None = 0,

    /// <summary><c>webhook-id</c>, <c>webhook-timestamp</c> or <c>webhook-signature</c> is missing or empty.</summary>
    MissingHeaders,

    /// <summary><c>webhook-timestamp</c> is not a number of Unix seconds.</summary>
    InvalidTimestamp,

    /// <summary>The timestamp is further in the past than the tolerance allows.</summary>
    TimestampTooOld,

    /// <summary>The timestamp is further in the future than the tolerance allows.</summary>
    TimestampTooNew,

    /// <summary>No <c>v1</c> signature in the header is valid for any configured secret.</summary>
    InvalidSignature,

    /// <summary>A message with this <c>webhook-id</c> was already accepted; answer 2xx without processing it again.</summary>
    Replayed,
}
