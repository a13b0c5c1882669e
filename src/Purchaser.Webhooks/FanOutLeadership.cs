using Microsoft.Extensions.Options;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// Which host reads the outbox and sends first attempts: the holder of the lease <see cref="LeaseName"/>. One host at a
/// time, because first attempts have no rows to lease one by one; the others claim stored deliveries (retries) only. Like
/// every lease on work only one host may do, it lasts <see cref="PurchaserOptions.LeaseDuration"/> and is renewed every
/// third of that, so a host that dies is replaced within about that long; a host without it asks again once per poll
/// interval.
/// </summary>
internal sealed class FanOutLeadership(IOptionsMonitor<PurchaserOptions> purchaser, IOptionsMonitor<WebhookOptions> options, TimeProvider time, ILeaseStore? leases = null)
{
    /// <summary>The lease's name in <see cref="ILeaseStore"/>.</summary>
    public const string LeaseName = "webhook-fanout";

    private DateTimeOffset _renewAt = DateTimeOffset.MinValue;
    private DateTimeOffset _askAgainAt = DateTimeOffset.MinValue;
    private bool _held;

    /// <summary>This host's owner id in the lease store.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>True when this host holds the lease, taking or renewing it when due. Called by the dispatcher's loop only.</summary>
    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        if (leases is null)
        {
            return true;
        }

        var now = time.GetUtcNow();
        if (_held ? now < _renewAt : now < _askAgainAt)
        {
            return _held;
        }

        var duration = purchaser.CurrentValue.LeaseDuration;
        _askAgainAt = now + options.CurrentValue.PollInterval;
        try
        {
            _held = await leases.TryAcquireAsync(LeaseName, Owner, duration, cancellationToken).ConfigureAwait(false);
            _renewAt = now + (duration / 3);
        }
        catch
        {
            _renewAt = _askAgainAt; // The store is failing: not asked again in a tight loop.
            throw;
        }

        return _held;
    }

    /// <summary>How long the dispatcher may sleep before this host must renew the lease it holds.</summary>
    public TimeSpan UntilRenewal => _held && leases is not null ? _renewAt - time.GetUtcNow() : TimeSpan.MaxValue;

    /// <summary>Gives the lease up on stopping, so another host (or this one restarted) takes over at once.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (leases is null || !_held)
        {
            return;
        }

        _held = false;
        await leases.ReleaseAsync(LeaseName, Owner, cancellationToken).ConfigureAwait(false);
    }
}
