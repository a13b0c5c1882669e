using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Diagnostics;
using Purchaser.Storage;

namespace Purchaser.Hosting;

/// <summary>
/// Runs work that only one host may do at a time: takes the named lease from <see cref="ILeaseStore"/>, runs the work
/// while renewing it, and stops the work when it can no longer show it holds the lease, before another host may take
/// it over. A host that does not get the lease idles and tries again. Without a lease store the work simply runs.
/// </summary>
public sealed class LeaseHolder
{
    private readonly ILeaseStore? _leases;
    private readonly IOptionsMonitor<PurchaserOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LeaseHolder> _logger;

    /// <summary>Creates the holder; each instance is a distinct owner.</summary>
    public LeaseHolder(IOptionsMonitor<PurchaserOptions> options, TimeProvider time, ILogger<LeaseHolder> logger, ILeaseStore? leases = null)
    {
        _options = options;
        _time = time;
        _logger = logger;
        _leases = leases;
    }

    /// <summary>This holder's owner id in the lease store: the machine, the process and this instance.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Runs <paramref name="work"/> whenever this host holds the lease <paramref name="name"/>, until
    /// <paramref name="stoppingToken"/> is cancelled or the work ends by itself. The work's token is cancelled when the
    /// lease is lost or cannot be renewed in time; the work is started again once the lease is back.
    /// </summary>
    public async Task RunAsync(string name, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(work);
        if (_leases is null)
        {
            await work(stoppingToken).ConfigureAwait(false);
            return;
        }

        var waiting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var duration = _options.CurrentValue.LeaseDuration;
            var asked = _time.GetTimestamp();
            if (await TryAcquireAsync(name, duration, stoppingToken).ConfigureAwait(false))
            {
                waiting = false;
                Log.LeaseAcquired(_logger, name, Owner);
                if (await HoldAsync(name, duration, asked, work, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            if (!waiting)
            {
                Log.LeaseHeldElsewhere(_logger, name);
                waiting = true;
            }

            try
            {
                await Task.Delay(RetryInterval(duration), _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TimeSpan RenewInterval(TimeSpan duration) => duration / 3;

    private static TimeSpan RetryInterval(TimeSpan duration) => duration / 5;

    // The work stops this much before the lease could expire, which covers a small clock difference between hosts.
    private static TimeSpan SafetyMargin(TimeSpan duration) => duration / 5;

    /// <summary>Runs the work while the lease is held; true when the work is over for good (stopped or ended by itself).</summary>
    private async Task<bool> HoldAsync(string name, TimeSpan duration, long asked, Func<CancellationToken, Task> work, CancellationToken stoppingToken)
    {
        using var expiry = new CancellationTokenSource(Remaining(duration, asked), _time);
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, expiry.Token);
        var running = Task.Run(() => work(held.Token), CancellationToken.None);
        var lost = false;
        while (!running.IsCompleted && !held.IsCancellationRequested)
        {
            await Task.WhenAny(running, Task.Delay(RenewInterval(duration), _time, held.Token)).ConfigureAwait(false);
            if (running.IsCompleted || held.IsCancellationRequested)
            {
                break;
            }

            var renewing = _time.GetTimestamp();
            try
            {
                if (await _leases!.TryAcquireAsync(name, Owner, duration, held.Token).ConfigureAwait(false))
                {
                    expiry.CancelAfter(Remaining(duration, renewing));
                }
                else
                {
                    lost = true;
                    await held.CancelAsync().ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The expiry timer still runs: the work stops in time unless a later renewal gets through.
                Log.LeaseRenewFailed(_logger, ex, name);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        try
        {
            await running.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            await ReleaseAsync(name).ConfigureAwait(false);
            Log.LeasedWorkFailed(_logger, ex, name);
            throw;
        }

        if (lost || (expiry.IsCancellationRequested && !stoppingToken.IsCancellationRequested))
        {
            Log.LeaseLost(_logger, name);
            return false;
        }

        await ReleaseAsync(name).ConfigureAwait(false);
        return true;
    }

    private TimeSpan Remaining(TimeSpan duration, long since)
    {
        var remaining = duration - SafetyMargin(duration) - _time.GetElapsedTime(since);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken stoppingToken)
    {
        try
        {
            return await _leases!.TryAcquireAsync(name, Owner, duration, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LeaseRenewFailed(_logger, ex, name);
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ReleaseAsync(string name)
    {
        try
        {
            // Not the stopping token: a host shutting down should still hand the lease over at once.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5), _time);
            await _leases!.ReleaseAsync(name, Owner, timeout.Token).ConfigureAwait(false);
            Log.LeaseReleased(_logger, name);
        }
        catch (Exception ex)
        {
            // It expires by itself.
            Log.LeaseRenewFailed(_logger, ex, name);
        }
    }
}
