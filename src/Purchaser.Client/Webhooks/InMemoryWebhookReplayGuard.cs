namespace Purchaser.Client.Webhooks;

/// <summary>
/// The default <see cref="IWebhookReplayGuard"/>: ids in process memory, forgotten after their retention, and bounded
/// in number. When full, the oldest id is forgotten first, so a flood of fresh ids cannot exhaust memory.
/// </summary>
public sealed class InMemoryWebhookReplayGuard : IWebhookReplayGuard
{
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset ExpiresAt)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Creates a guard remembering at most <paramref name="capacity"/> ids.</summary>
    /// <param name="timeProvider">The clock that ages ids out.</param>
    /// <param name="capacity">The most ids remembered at once; at least 1.</param>
    public InMemoryWebhookReplayGuard(TimeProvider timeProvider, int capacity = WebhookVerifierOptions.DefaultReplayCacheCapacity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _timeProvider = timeProvider;
        _capacity = capacity;
    }

    /// <summary>The number of ids currently remembered.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAcceptAsync(string messageId, TimeSpan retention, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            ForgetExpired(now);
            if (_expiries.TryGetValue(messageId, out var expiresAt) && expiresAt > now)
            {
                return ValueTask.FromResult(false);
            }

            while (_expiries.Count >= _capacity && _order.TryDequeue(out var oldest))
            {
                Forget(oldest);
            }

            _expiries[messageId] = now + retention;
            _order.Enqueue((messageId, now + retention));
            return ValueTask.FromResult(true);
        }
    }

    private void ForgetExpired(DateTimeOffset now)
    {
        while (_order.TryPeek(out var head) && head.ExpiresAt <= now)
        {
            Forget(_order.Dequeue());
        }
    }

    // The queue may hold a stale entry for an id re-added after it expired; only the entry matching the dictionary counts.
    private void Forget((string Id, DateTimeOffset ExpiresAt) entry)
    {
        if (_expiries.TryGetValue(entry.Id, out var expiresAt) && expiresAt == entry.ExpiresAt)
        {
            _expiries.Remove(entry.Id);
        }
    }
}
