using Purchaser.Domain;

namespace Purchaser.Webhooks;

/// <summary>
/// First attempts sent straight from the outbox, with no delivery row: the fan-out host reads messages past the stored
/// checkpoint and hands their deliveries to the dispatcher. A delivery is settled once it is durable: its attempt
/// succeeded and is recorded, or it is stored as a row (it failed, its endpoint is disabled, or an earlier event of its
/// subject is pending). The stored checkpoint moves only up to the message before the first unsettled one, so whatever a
/// host did not settle before it died is sent again by the next fan-out host: at least once, never lost.
/// </summary>
/// <remarks>
/// Deliveries of one subject to one endpoint form a chain: the next goes out once the one before it is settled. When
/// one fails it is stored, and the rest of its chain with it, so the store's claims keep their order from then on; new
/// events of that pair are stored too while any of them is pending.
/// </remarks>
internal sealed class DeliveryLog
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<long, int> _unsettledByMessage = [];
    private readonly Dictionary<Id<WebhookDelivery>, long> _messageOf = [];
    private readonly Dictionary<(Id<WebhookEndpoint>, Guid), Queue<WebhookDelivery>> _chains = [];
    private readonly Dictionary<(Id<WebhookEndpoint>, Guid), long> _storedAt = [];
    private readonly List<WebhookDelivery> _toStore = [];
    private long _tick;
    private long? _position;
    private int _resumeBelow = -1;
    private Action<IReadOnlyList<WebhookDelivery>>? _send;
    private Action? _wake;

    /// <summary>Connects the dispatcher: <paramref name="send"/> queues deliveries to send, <paramref name="wake"/> asks for a fan-out pass.</summary>
    public void Attach(Action<IReadOnlyList<WebhookDelivery>> send, Action wake)
    {
        lock (_gate)
        {
            _send = send;
            _wake = wake;
        }
    }

    /// <summary>Disconnects the dispatcher and forgets everything unsettled: the next fan-out host sends it again.</summary>
    public void Detach()
    {
        lock (_gate)
        {
            _send = null;
            _wake = null;
            StopLocked();
        }
    }

    /// <summary>True while this host reads the outbox, from the checkpoint given to <see cref="Start"/>.</summary>
    public bool IsStarted
    {
        get
        {
            lock (_gate)
            {
                return _position is not null;
            }
        }
    }

    /// <summary>The outbox position read up to.</summary>
    public long Position
    {
        get
        {
            lock (_gate)
            {
                return _position ?? 0;
            }
        }
    }

    /// <summary>The checkpoint as stored last (by this host).</summary>
    public long Written { get; private set; }

    /// <summary>Deliveries read and not yet settled.</summary>
    public int Unsettled
    {
        get
        {
            lock (_gate)
            {
                return _messageOf.Count;
            }
        }
    }

    /// <summary>The position up to which every message read is settled: what the stored checkpoint may move to.</summary>
    public long Settled
    {
        get
        {
            lock (_gate)
            {
                return _unsettledByMessage.Count == 0 ? _position ?? 0 : _unsettledByMessage.Keys.First() - 1;
            }
        }
    }

    /// <summary>This host became the fan-out host: it reads on from the stored <paramref name="checkpoint"/>.</summary>
    public void Start(long checkpoint)
    {
        lock (_gate)
        {
            ClearLocked();
            _position = checkpoint;
            Written = checkpoint;
        }
    }

    /// <summary>
    /// This host is no longer the fan-out host, or something unsettled could not be recorded: what it has not settled is
    /// left to the next pass, which starts again from the stored checkpoint (here or on another host).
    /// </summary>
    public void Stop()
    {
        lock (_gate)
        {
            StopLocked();
        }
    }

    /// <summary>
    /// The fan-out stopped reading ahead because too much is unsettled: once fewer than <paramref name="resumeBelow"/>
    /// deliveries are, the dispatcher is woken for a fan-out pass.
    /// </summary>
    public void WaitForRoom(int resumeBelow)
    {
        Action? wake;
        lock (_gate)
        {
            _resumeBelow = resumeBelow;
            wake = RoomLocked() ? _wake : null;
        }

        wake?.Invoke();
    }

    /// <summary>
    /// Taken before reading which subjects have pending deliveries: a chain stored after the mark is not in that read yet,
    /// so <see cref="Admit"/> counts it as pending.
    /// </summary>
    public long Mark()
    {
        lock (_gate)
        {
            return _tick;
        }
    }

    /// <summary>
    /// Takes in the deliveries of the messages read up to <paramref name="readTo"/>: each is sent, queued behind its
    /// chain, or (when its subject has a pending delivery to its endpoint) left to <see cref="TakeToStore"/>.
    /// </summary>
    public void Admit(long readTo, IReadOnlyList<(long MessageSequence, WebhookDelivery Delivery)> deliveries, IReadOnlyCollection<(Id<WebhookEndpoint> EndpointId, Guid SubjectId)> pending, long mark)
    {
        var ready = new List<WebhookDelivery>();
        Action<IReadOnlyList<WebhookDelivery>>? send;
        lock (_gate)
        {
            if (_position is null)
            {
                return;
            }

            foreach (var (sequence, delivery) in deliveries)
            {
                _messageOf[delivery.Id] = sequence;
                _unsettledByMessage[sequence] = _unsettledByMessage.GetValueOrDefault(sequence) + 1;
                var pair = (delivery.EndpointId, delivery.SubjectId);
                if (_chains.TryGetValue(pair, out var chain))
                {
                    chain.Enqueue(delivery);
                }
                else if (pending.Contains(pair) || (_storedAt.TryGetValue(pair, out var storedAt) && storedAt > mark))
                {
                    _toStore.Add(delivery);
                }
                else
                {
                    _chains[pair] = new Queue<WebhookDelivery>([delivery]);
                    ready.Add(delivery);
                }
            }

            _position = Math.Max(_position.Value, readTo);
            foreach (var pair in _storedAt.Where(s => s.Value <= mark).Select(s => s.Key).ToList())
            {
                _storedAt.Remove(pair);
            }

            send = _send;
        }

        if (ready.Count > 0)
        {
            send?.Invoke(ready);
        }
    }

    /// <summary>Deliveries to store as rows; give them to <see cref="Stored"/> once committed, or back to <see cref="NotStored"/>.</summary>
    public IReadOnlyList<WebhookDelivery> TakeToStore()
    {
        lock (_gate)
        {
            var rows = _toStore.ToList();
            _toStore.Clear();
            return rows;
        }
    }

    /// <summary>The rows from <see cref="TakeToStore"/> are committed, and the checkpoint with them up to <paramref name="checkpoint"/>.</summary>
    public void Stored(IReadOnlyList<WebhookDelivery> rows, long checkpoint)
    {
        Action? wake;
        lock (_gate)
        {
            foreach (var row in rows)
            {
                SettleLocked(row.Id);
            }

            Written = Math.Max(Written, checkpoint);
            wake = RoomLocked() ? _wake : null;
        }

        wake?.Invoke();
    }

    /// <summary>Storing the rows failed: they are kept to be stored by the next pass.</summary>
    public void NotStored(IReadOnlyList<WebhookDelivery> rows)
    {
        lock (_gate)
        {
            _toStore.InsertRange(0, rows.Where(r => _messageOf.ContainsKey(r.Id)));
        }
    }

    /// <summary>
    /// Attempts are committed: a success settles its delivery and sends the next of its chain; any other outcome was
    /// stored as a row with it, and the rest of the chain is stored behind it.
    /// </summary>
    public void Recorded(IEnumerable<WebhookDelivery> deliveries)
    {
        var ready = new List<WebhookDelivery>();
        var storing = false;
        Action<IReadOnlyList<WebhookDelivery>>? send;
        Action? wake;
        lock (_gate)
        {
            foreach (var delivery in deliveries)
            {
                if (delivery.Sequence != 0 || !SettleLocked(delivery.Id))
                {
                    continue;
                }

                var pair = (delivery.EndpointId, delivery.SubjectId);
                if (!_chains.TryGetValue(pair, out var chain))
                {
                    continue;
                }

                chain.TryDequeue(out _);
                if (delivery.Status == WebhookDeliveryStatus.Succeeded)
                {
                    if (chain.TryPeek(out var next))
                    {
                        ready.Add(next);
                    }
                    else
                    {
                        _chains.Remove(pair);
                    }
                }
                else
                {
                    storing |= StoreChainLocked(pair, chain);
                }
            }

            storing |= RoomLocked();
            send = _send;
            wake = _wake;
        }

        if (ready.Count > 0)
        {
            send?.Invoke(ready);
        }

        if (storing)
        {
            wake?.Invoke();
        }
    }

    /// <summary>
    /// The delivery was not sent: its endpoint is disabled (it and the rest of its chain are stored, to go out when the
    /// endpoint is enabled again) or gone (the chain is dropped).
    /// </summary>
    public void NotSent(WebhookDelivery delivery, bool endpointDeleted)
    {
        Action? wake;
        var storing = false;
        lock (_gate)
        {
            var pair = (delivery.EndpointId, delivery.SubjectId);
            if (delivery.Sequence != 0 || !_messageOf.ContainsKey(delivery.Id) || !_chains.TryGetValue(pair, out var chain))
            {
                return;
            }

            if (endpointDeleted)
            {
                foreach (var dropped in chain)
                {
                    SettleLocked(dropped.Id);
                }

                _chains.Remove(pair);
            }
            else
            {
                storing = StoreChainLocked(pair, chain);
            }

            storing |= RoomLocked();
            wake = _wake;
        }

        if (storing)
        {
            wake?.Invoke();
        }
    }

    // True once when the fan-out waits for room and there is room again: the caller wakes the dispatcher.
    private bool RoomLocked()
    {
        if (_resumeBelow < 0 || _messageOf.Count >= _resumeBelow)
        {
            return false;
        }

        _resumeBelow = -1;
        return true;
    }

    private bool StoreChainLocked((Id<WebhookEndpoint>, Guid) pair, Queue<WebhookDelivery> chain)
    {
        _chains.Remove(pair);
        _storedAt[pair] = ++_tick;
        _toStore.AddRange(chain);
        return chain.Count > 0;
    }

    private bool SettleLocked(Id<WebhookDelivery> id)
    {
        if (!_messageOf.Remove(id, out var sequence))
        {
            return false;
        }

        var left = _unsettledByMessage[sequence] - 1;
        if (left == 0)
        {
            _unsettledByMessage.Remove(sequence);
        }
        else
        {
            _unsettledByMessage[sequence] = left;
        }

        return true;
    }

    private void StopLocked()
    {
        ClearLocked();
        _position = null;
    }

    private void ClearLocked()
    {
        _resumeBelow = -1;
        _unsettledByMessage.Clear();
        _messageOf.Clear();
        _chains.Clear();
        _storedAt.Clear();
        _toStore.Clear();
    }
}
