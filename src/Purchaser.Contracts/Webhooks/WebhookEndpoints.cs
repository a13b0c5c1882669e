namespace Purchaser.Contracts.Webhooks;

/// <summary>Body of <c>POST /api/v1/webhooks/endpoints</c>.</summary>
public sealed record CreateWebhookEndpointRequest
{
    /// <summary>Where events are POSTed; https.</summary>
    public string? Url { get; init; }

    /// <summary>The event types to deliver; null for all.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>What the endpoint is for.</summary>
    public string? Description { get; init; }
}

/// <summary>Body of <c>PATCH /api/v1/webhooks/endpoints/{id}</c>: only the members given change.</summary>
public sealed record UpdateWebhookEndpointRequest
{
    /// <summary>The new URL.</summary>
    public string? Url { get; init; }

    /// <summary>The new event types; an empty list means all.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>The new description.</summary>
    public string? Description { get; init; }

    /// <summary>Enable or disable; enabling clears the failure state.</summary>
    public bool? Enabled { get; init; }
}

/// <summary>A webhook endpoint as listed: never its secret.</summary>
public sealed record WebhookEndpointResource
{
    /// <summary>The endpoint's identifier.</summary>
    public required Guid Id { get; init; }

    /// <summary>Where events go.</summary>
    public required string Url { get; init; }

    /// <summary>What it is for.</summary>
    public string? Description { get; init; }

    /// <summary>The delivered event types; null for all.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>Whether deliveries are made.</summary>
    public required bool Enabled { get; init; }

    /// <summary>Why the engine disabled it, if it did.</summary>
    public string? DisabledReason { get; init; }

    /// <summary>Since when every delivery failed.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>When created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The version, also the ETag.</summary>
    public required long Version { get; init; }
}

/// <summary>A new endpoint or a rotated secret: <see cref="Secret"/> is shown this once.</summary>
/// <param name="Id">The endpoint's identifier.</param>
/// <param name="Secret">The <c>whsec_</c> signing secret.</param>
/// <param name="Endpoint">The endpoint.</param>
public sealed record WebhookSecretResource(Guid Id, string Secret, WebhookEndpointResource Endpoint);

/// <summary>One delivery attempt.</summary>
public sealed record WebhookAttemptResource
{
    /// <summary>The message id (<c>webhook-id</c>).</summary>
    public required string MessageId { get; init; }

    /// <summary>The event type.</summary>
    public required string EventType { get; init; }

    /// <summary>When the attempt started.</summary>
    public required DateTimeOffset AttemptedAt { get; init; }

    /// <summary>The HTTP status, or null when no answer came.</summary>
    public int? StatusCode { get; init; }

    /// <summary>How long it took, in milliseconds.</summary>
    public required long LatencyMs { get; init; }

    /// <summary>The start of the response body.</summary>
    public string? ResponseBody { get; init; }

    /// <summary>What went wrong.</summary>
    public string? Error { get; init; }

    /// <summary>Whether it succeeded.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>When the next attempt is due.</summary>
    public DateTimeOffset? NextRetryAt { get; init; }
}

/// <summary>Body of <c>POST /api/v1/webhooks/endpoints/{id}/replay</c>: one message, or every failed one since a time.</summary>
public sealed record ReplayWebhookRequest
{
    /// <summary>The message to send again.</summary>
    public string? MessageId { get; init; }

    /// <summary>Send again every failed delivery created at or after this time.</summary>
    public DateTimeOffset? FailedSince { get; init; }
}

/// <summary>What a replay queued.</summary>
/// <param name="Queued">How many deliveries were queued.</param>
public sealed record ReplayWebhookResult(int Queued);
