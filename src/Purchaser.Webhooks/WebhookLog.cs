using Microsoft.Extensions.Logging;

namespace Purchaser.Webhooks;

/// <summary>Source-generated log messages of webhook delivery.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(2001, LogLevel.Information, "Webhook {MessageId} to {Url}, attempt {Attempt}: {Succeeded} ({Detail})")]
    public static partial void Attempted(ILogger logger, string messageId, Uri url, int attempt, bool succeeded, string detail);

    [LoggerMessage(2002, LogLevel.Warning, "Webhook endpoint {EndpointId} ({Url}) disabled: {Reason}")]
    public static partial void EndpointDisabled(ILogger logger, Guid endpointId, Uri url, string reason);

    [LoggerMessage(2003, LogLevel.Error, "Webhook dispatcher pass failed; retrying")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(2004, LogLevel.Error, "Delivering webhook {MessageId} failed unexpectedly; its lease will lapse and it will be retried")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(2005, LogLevel.Warning, "Giving back the leases of {Count} queued webhook deliveries failed; they are sent when the leases run out")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(2006, LogLevel.Warning, "Giving back the webhook fan-out lease failed; another host takes over when it runs out")]
    public static partial void FanOutReleaseFailed(ILogger logger, Exception exception);
}
