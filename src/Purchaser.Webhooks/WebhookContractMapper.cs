using Purchaser.Contracts.Webhooks;
using Purchaser.Domain;

namespace Purchaser.Webhooks;

/// <summary>Maps webhook values onto the wire contract.</summary>
public static class WebhookContractMapper
{
    /// <summary>An endpoint as listed, without secrets.</summary>
    public static WebhookEndpointResource ToResource(this WebhookEndpoint endpoint) => new()
    {
        Id = endpoint.Id.Value,
        Url = endpoint.Url.AbsoluteUri,
        Description = endpoint.Description,
        EventTypes = endpoint.EventTypes,
        Enabled = endpoint.Enabled,
        DisabledReason = endpoint.DisabledReason,
        FailingSince = endpoint.FailingSince,
        CreatedAt = endpoint.CreatedAt,
        Version = endpoint.Version,
    };

    /// <summary>One attempt.</summary>
    public static WebhookAttemptResource ToResource(this WebhookAttempt attempt) => new()
    {
        MessageId = attempt.MessageId,
        EventType = attempt.EventType,
        AttemptedAt = attempt.AttemptedAt,
        StatusCode = attempt.StatusCode,
        LatencyMs = (long)attempt.Latency.TotalMilliseconds,
        ResponseBody = attempt.ResponseBody,
        Error = attempt.Error,
        Succeeded = attempt.Succeeded,
        NextRetryAt = attempt.NextRetryAt,
    };
}
