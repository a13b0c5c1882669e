namespace Purchaser.Client.Webhooks;

/// <summary>The outcome of verifying one webhook request.</summary>
public sealed class WebhookVerificationResult
{
    private WebhookVerificationResult(WebhookVerificationFailure failure, string? messageId, DateTimeOffset? timestamp)
    {
        Failure = failure;
        MessageId = messageId;
        Timestamp = timestamp;
    }

    /// <summary>Whether the request is authentic, fresh and not a replay.</summary>
    public bool IsValid => Failure == WebhookVerificationFailure.None;

    /// <summary>Why the request was refused, or <see cref="WebhookVerificationFailure.None"/>.</summary>
    public WebhookVerificationFailure Failure { get; }

    /// <summary>The <c>webhook-id</c>, when present.</summary>
    public string? MessageId { get; }

    /// <summary>The <c>webhook-timestamp</c>, when it parsed.</summary>
    public DateTimeOffset? Timestamp { get; }

    internal static WebhookVerificationResult Success(string messageId, DateTimeOffset timestamp) => new(WebhookVerificationFailure.None, messageId, timestamp);

    internal static WebhookVerificationResult Failed(WebhookVerificationFailure failure, string? messageId = null, DateTimeOffset? timestamp = null) => new(failure, messageId, timestamp);
}
