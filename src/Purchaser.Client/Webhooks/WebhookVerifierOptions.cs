namespace Purchaser.Client.Webhooks;

/// <summary>How <see cref="WebhookVerifier"/> checks requests.</summary>
public sealed class WebhookVerifierOptions
{
    /// <summary>The default <see cref="ReplayCacheCapacity"/>.</summary>
    public const int DefaultReplayCacheCapacity = 100_000;

    /// <summary>
    /// The endpoint's <c>whsec_...</c> secrets. A request verifies when a signature is valid for any of them, so during
    /// a rotation list both the old and the new secret.
    /// </summary>
    public IList<string> Secrets { get; } = [];

    /// <summary>How far <c>webhook-timestamp</c> may be from now, in either direction. Five minutes by default.</summary>
    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most message ids the in-memory replay guard remembers.</summary>
    public int ReplayCacheCapacity { get; set; } = DefaultReplayCacheCapacity;
}
