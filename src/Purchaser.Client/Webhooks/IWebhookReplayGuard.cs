namespace Purchaser.Client.Webhooks;

/// <summary>
/// Remembers the <c>webhook-id</c>s already accepted so a captured request cannot be replayed within the timestamp
/// tolerance. Replace the in-memory default with a shared store when several receiver instances share one endpoint.
/// </summary>
public interface IWebhookReplayGuard
{
    /// <summary>Records <paramref name="messageId"/> for <paramref name="retention"/>.</summary>
    /// <returns>True when the id was not seen before (the message may be processed); false for a replay.</returns>
    ValueTask<bool> TryAcceptAsync(string messageId, TimeSpan retention, CancellationToken cancellationToken = default);
}
