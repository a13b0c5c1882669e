using Purchaser.Contracts.Webhooks;
using System.Collections.Concurrent;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// Endpoints with their signing keys already unprotected and decoded, kept for a moment so a burst of deliveries to one
/// endpoint does not read, decrypt and decode it once per message. Changes to an endpoint's state are always made on a
/// fresh read.
/// </summary>
internal sealed class EndpointCache(WebhookSecretProtector protector, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<Id<WebhookEndpoint>, Entry> _entries = new();

    public async Task<(WebhookEndpoint Endpoint, IReadOnlyList<byte[]> Keys)?> GetAsync(IWebhookStore store, Id<Tenant> tenantId, Id<WebhookEndpoint> id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(id, out var cached) && now - cached.ReadAt < Freshness)
        {
            return (cached.Endpoint, cached.Keys);
        }

        var endpoint = await store.FindEndpointAsync(tenantId, id, cancellationToken).ConfigureAwait(false);
        if (endpoint is null)
        {
            _entries.TryRemove(id, out _);
            return null;
        }

        var keys = endpoint.ActiveSecrets(now).Select(s => WebhookSignature.DecodeSecret(protector.Unprotect(s.ProtectedValue))).ToList();
        _entries[id] = new Entry(endpoint, keys, now);
        return (endpoint, keys);
    }

    public void Forget(Id<WebhookEndpoint> id) => _entries.TryRemove(id, out _);

    private sealed record Entry(WebhookEndpoint Endpoint, IReadOnlyList<byte[]> Keys, DateTimeOffset ReadAt);
}
