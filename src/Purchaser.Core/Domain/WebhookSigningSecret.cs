namespace Purchaser.Domain;

/// <summary>A signing secret of an endpoint, kept protected at rest.</summary>
/// <param name="ProtectedValue">The <c>whsec_</c> secret, protected by the host's secret protector.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="ExpiresAt">When it stops signing after a rotation; null for the current secret.</param>
public sealed record WebhookSigningSecret(string ProtectedValue, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
