namespace Purchaser.Domain;

/// <summary>A tenant's URL that receives signed event deliveries.</summary>
public sealed record WebhookEndpoint
{
    /// <summary>The endpoint's identifier.</summary>
    public required Id<WebhookEndpoint> Id { get; init; }

    /// <summary>The owning tenant.</summary>
    public required Id<Tenant> TenantId { get; init; }

    /// <summary>Where events are POSTed.</summary>
    public required Uri Url { get; init; }

    /// <summary>What the endpoint is for.</summary>
    public string? Description { get; init; }

    /// <summary>The event types delivered; null delivers every type.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>Whether deliveries are made.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Signing secrets (protected at rest): the current one, plus any still inside their rotation overlap.</summary>
    public required IReadOnlyList<WebhookSigningSecret> Secrets { get; init; }

    /// <summary>Since when every delivery has failed; null after a success.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>Why the endpoint was disabled by the engine (410 Gone, continuous failure), if it was.</summary>
    public string? DisabledReason { get; init; }

    /// <summary>When the endpoint was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Optimistic concurrency version.</summary>
    public long Version { get; init; } = 1;

    /// <summary>Whether the endpoint wants <paramref name="eventType"/>.</summary>
    public bool Accepts(string eventType) => EventTypes is null || EventTypes.Contains(eventType, StringComparer.Ordinal);

    /// <summary>The secrets that sign at <paramref name="now"/>: the current one and those still in their overlap window.</summary>
    public IEnumerable<WebhookSigningSecret> ActiveSecrets(DateTimeOffset now) => Secrets.Where(s => s.ExpiresAt is null || s.ExpiresAt > now);
}
