using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// The hosted delivery loop: on the host holding the fan-out lease it reads new outbox messages and sends their first
/// attempts straight away (<see cref="DeliveryLog"/>); on every host it leases stored deliveries that are due (retries,
/// pings, deliveries waiting behind an earlier one of their subject) and sends them, with a bounded number in flight.
/// Up to that many workers take deliveries from a queue one after another, so a slow endpoint holds only the worker
/// that waits on it. When idle it sleeps until the poll interval passes (or the fan-out lease is due for renewal) or
/// <see cref="OutboxSignal"/> reports a commit in this process that wrote outbox messages or due deliveries, so such an
/// event goes out at once; polling remains for other processes' writes and for retries coming due. Nothing is lost on a
/// crash: the stored checkpoint covers only what is settled, so a message in flight is sent again (with the same
/// <c>webhook-id</c>).
/// </summary>
/// <remarks>
/// Stored deliveries this process makes ready need no claim: the store writing them (a ping, a row the log stores, an
/// attempt that frees the next event of a subject) leases them to this dispatcher in the same transaction and hands
/// them over after the commit (<see cref="WebhookDeliveryHandoff"/>). Claims find the rest: other hosts' work, retries
/// coming due, leases that ran out.
/// </remarks>
internal sealed class WebhookDispatcher(IServiceScopeFactory scopes, OutboxSignal signal, WebhookDeliveryHandoff handoff, DeliveryLog log, FanOutLeadership leadership, IOptionsMonitor<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger)
    : BackgroundService, IWebhookDeliveryTaker
{
    // What woke the loop, besides a worker asking for a refill: a commit with new outbox messages or deliveries that
    // nobody leased (fan out, then claim).
    private const int FanOutDue = 1;

    // How many rounds of workers one claim queues up: a lease taken this far ahead still outlasts an attempt by far.
    private const int ClaimRounds = 2;

    // How many rounds of workers handed-over deliveries may queue up; beyond that a write leaves them to be claimed.
    private const int HandoffRounds = 64;

    // Beyond the attempt's own timeout: the time to record it before the lease may lapse.
    private static readonly TimeSpan RecordMargin = TimeSpan.FromSeconds(1);

    // One owner id for this dispatcher's delivery leases and its fan-out lease.
    private readonly string _owner = leadership.Owner;
    private readonly ConcurrentQueue<(WebhookDelivery Delivery, DateTimeOffset LeaseUntil)> _ready = new();
    private readonly ConcurrentDictionary<long, Task> _workers = new();
    // Not disposed: a store's signal or an attempt's late group commit may still release it while the host shuts down,
    // and a SemaphoreSlim whose wait handle is never asked for holds nothing that needs disposing.
    private readonly SemaphoreSlim _wake = new(0);
    private long _nextWorker;
    private int _busy;
    private int _refillRequested;
    private int _due;
    private bool _lastClaimFull;
    private DateTimeOffset _nextFanOut = DateTimeOffset.MinValue;
    private DateTimeOffset _nextClaim = DateTimeOffset.MinValue;
    private CancellationToken _stopping = new(canceled: true);

    public WebhookDeliveryLease? Offer()
    {
        var settings = options.CurrentValue;
        var limit = (settings.MaxConcurrentDeliveries * HandoffRounds) - _ready.Count;
        if (_stopping.IsCancellationRequested || limit <= 0)
        {
            return null;
        }

        var now = time.GetUtcNow();
        return new WebhookDeliveryLease(_owner, now, now + settings.LeaseDuration, limit);
    }

    public void Take(WebhookDeliveryLease lease, IReadOnlyList<WebhookDelivery> deliveries)
    {
        if (lease.Owner != _owner)
        {
            return;
        }

        // Leased to this dispatcher while it stopped (a fan-out that asked before the stop and committed after it): queued
        // without starting, so the stop gives them back like the other queued ones instead of leaving them to wait out
        // the lease. Given back by the stop itself, not by a write of their own racing the host's disposal.
        if (_stopping.IsCancellationRequested)
        {
            foreach (var delivery in deliveries)
            {
                _ready.Enqueue((delivery, lease.Until));
            }

            return;
        }

        foreach (var delivery in deliveries)
        {
            _ready.Enqueue((delivery, lease.Until));
        }

        StartWorkers(options.CurrentValue.MaxConcurrentDeliveries, _stopping);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        signal.Raised += OnSignal;
        handoff.Attach(this);
        log.Attach(Send, () => Wake(FanOutDue));
        try
        {
            try
            {
                await LoopAsync(stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                signal.Raised -= OnSignal;
            }

            await Task.WhenAll(_workers.Values).ConfigureAwait(false);
            await ReleaseQueuedAsync().ConfigureAwait(false);
        }
        finally
        {
            // Attached to the end: a write that was offered a lease before the stop still hands its deliveries here, to
            // be given back, instead of leaving them leased to nobody until the lease runs out. No new lease is offered
            // once stopping; what such a write handed over after the first give-back is given back now.
            handoff.Detach(this);
            log.Detach();
            await ReleaseQueuedAsync().ConfigureAwait(false);
            await ReleaseFanOutAsync().ConfigureAwait(false);
        }
    }

    // Deliveries the log sends straight from the outbox: their lease is the fan-out lease, held for as long as this host sends them.
    private void Send(IReadOnlyList<WebhookDelivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            _ready.Enqueue((delivery, DateTimeOffset.MaxValue));
        }

        if (!_stopping.IsCancellationRequested)
        {
            StartWorkers(options.CurrentValue.MaxConcurrentDeliveries, _stopping);
        }
    }

    private async Task ReleaseFanOutAsync()
    {
        try
        {
            await leadership.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            WebhookLog.FanOutReleaseFailed(logger, ex);
        }
    }

    // Deliveries still queued were never started: their leases are given back, so a restart or another host sends them at
    // once rather than when the lease runs out (up to HandoffRounds of workers may be queued). Those in flight when the
    // host stopped keep their leases: they may have reached the endpoint. Best effort: a failure leaves them to lapse.
    private async Task ReleaseQueuedAsync()
    {
        var queued = new List<Id<WebhookDelivery>>();
        while (_ready.TryDequeue(out var ready))
        {
            // One sent straight from the outbox has no row to release: the next fan-out host sends it from the checkpoint.
            if (ready.Delivery.Sequence != 0)
            {
                queued.Add(ready.Delivery.Id);
            }
        }

        if (queued.Count > 0)
        {
            await ReleaseAsync(queued).ConfigureAwait(false);
        }
    }

    private async Task ReleaseAsync(List<Id<WebhookDelivery>> deliveries)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWebhookStore>().ReleaseAsync(_owner, deliveries, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            WebhookLog.ReleaseFailed(logger, ex, deliveries.Count);
        }
    }

    private void OnSignal(object? sender, EventArgs e) => Wake(FanOutDue);

    private void Wake(int due)
    {
        // One wake-up for any number of commits until the loop looks: the pass that follows reads everything committed so far.
        if ((Interlocked.Or(ref _due, due) & due) == 0)
        {
            _wake.Release();
        }
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await PassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                WebhookLog.PassFailed(logger, ex);
            }

            if (!worked)
            {
                try
                {
                    // Woken in time to renew the fan-out lease even when the poll interval is longer than a third of it.
                    var sleep = TimeSpan.FromTicks(Math.Clamp(leadership.UntilRenewal.Ticks, 0, options.CurrentValue.PollInterval.Ticks));
                    await _wake.WaitAsync(sleep, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task<bool> PassAsync(CancellationToken stoppingToken)
    {
        Volatile.Write(ref _refillRequested, 0);
        var due = Interlocked.Exchange(ref _due, 0);
        if ((due & FanOutDue) != 0)
        {
            _nextFanOut = DateTimeOffset.MinValue;
        }

        if (due != 0)
        {
            _nextClaim = DateTimeOffset.MinValue;
        }

        await using var scope = scopes.CreateAsyncScope();
        var settings = options.CurrentValue;
        var max = settings.MaxConcurrentDeliveries;

        // A worker running low wakes the loop to refill the queue; that is no reason to read the outbox again, which only
        // changes on a state change: read it when signalled, once per poll interval, or straight away while it keeps
        // yielding messages.
        var fannedOut = 0;
        if (time.GetUtcNow() >= _nextFanOut || leadership.UntilRenewal <= TimeSpan.Zero)
        {
            fannedOut = await scope.ServiceProvider.GetRequiredService<WebhookFanOut>().RunOnceAsync(stoppingToken).ConfigureAwait(false);
            _nextFanOut = fannedOut > 0 ? DateTimeOffset.MinValue : time.GetUtcNow() + settings.PollInterval;
        }

        StartWorkers(max, stoppingToken);

        // Claims run ahead of the workers, so a worker finishing one delivery starts the next at once instead of after a
        // write transaction, and they come in batches: a write transaction costs more than its rows (with SQLite it
        // rewrites every page it touches), so a claim fills the queue for several rounds of workers. After a short claim
        // the backlog is drained; the next claim waits for half the workers to be idle, new work, or the poll interval.
        var now = time.GetUtcNow();
        var idle = max - Volatile.Read(ref _busy);
        if (_ready.Count >= (max + 1) / 2 || (fannedOut == 0 && !_lastClaimFull && idle < (max + 1) / 2 && now < _nextClaim))
        {
            return fannedOut > 0;
        }

        var limit = idle + (ClaimRounds * max) - _ready.Count;
        var leaseUntil = now + settings.LeaseDuration;
        var claimed = await scope.ServiceProvider.GetRequiredService<IWebhookStore>().ClaimDueAsync(now, leaseUntil, _owner, limit, stoppingToken).ConfigureAwait(false);
        _lastClaimFull = claimed.Count == limit;
        _nextClaim = now + settings.PollInterval;
        foreach (var delivery in claimed)
        {
            _ready.Enqueue((delivery, leaseUntil));
        }

        StartWorkers(max, stoppingToken);
        return fannedOut > 0 || claimed.Count > 0;
    }

    private void StartWorkers(int max, CancellationToken stoppingToken)
    {
        while (!_ready.IsEmpty)
        {
            if (Interlocked.Increment(ref _busy) > max)
            {
                Interlocked.Decrement(ref _busy);
                return;
            }

            var id = Interlocked.Increment(ref _nextWorker);
            _workers[id] = Task.Run(() => WorkAsync(id, max, stoppingToken), CancellationToken.None);
        }
    }

    private async Task WorkAsync(long id, int max, CancellationToken stoppingToken)
    {
        try
        {
            // One scope for the worker's run of deliveries rather than one per delivery: the deliverer is the same for each.
            await using var scope = scopes.CreateAsyncScope();
            var deliverer = scope.ServiceProvider.GetRequiredService<WebhookDeliverer>();
            while (!stoppingToken.IsCancellationRequested && TryTake(out var delivery))
            {
                if (_ready.Count < (max + 1) / 2 && Interlocked.Exchange(ref _refillRequested, 1) == 0)
                {
                    _wake.Release();
                }

                await DeliverAsync(deliverer, delivery, stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _busy);
            _workers.TryRemove(id, out _);
            _wake.Release();
        }
    }

    private bool TryTake(out WebhookDelivery delivery)
    {
        // A delivery starts only while its lease outlasts a whole attempt: one that ran out mid-POST could be claimed and
        // sent again by another dispatcher. A lease configured shorter than that still gets half of it.
        var settings = options.CurrentValue;
        var needed = TimeSpan.FromTicks(Math.Min((settings.Timeout + RecordMargin).Ticks, settings.LeaseDuration.Ticks / 2));
        while (_ready.TryDequeue(out var ready))
        {
            // Left to lapse: another dispatcher may already have it, and this one claims it again otherwise.
            if (ready.LeaseUntil - time.GetUtcNow() >= needed)
            {
                delivery = ready.Delivery;
                return true;
            }
        }

        delivery = null!;
        return false;
    }

    private async Task DeliverAsync(WebhookDeliverer deliverer, WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            await deliverer.DeliverAsync(delivery, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WebhookLog.DeliveryFailed(logger, ex, delivery.MessageId);
            if (delivery.Sequence == 0)
            {
                log.Stop(); // Neither sent nor stored for sure: the next pass sends it again from the stored checkpoint.
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the lease lapses and another pass (here after a restart, or on another host) sends it again.
        }
    }
}
