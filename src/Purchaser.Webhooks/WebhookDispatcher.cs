using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Domain;
using Purchaser.Storage;

namespace Purchaser.Webhooks;

/// <summary>
/// The hosted delivery loop: fans new outbox messages out to endpoints, leases due deliveries and sends them with a
/// bounded number in flight. A slot frees as soon as its delivery finishes, so a slow endpoint holds only its own slots.
/// Everything it needs survives a restart in the store: a crash between a POST and its record means the message is sent
/// again (with the same <c>webhook-id</c>), never lost.
/// </summary>
internal sealed class WebhookDispatcher(IServiceScopeFactory scopes, IOptionsMonitor<WebhookOptions> options, TimeProvider time, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<Id<WebhookDelivery>, Task> _inFlight = new();
    private readonly SemaphoreSlim _wake = new(0);
    private DateTimeOffset _nextFanOut = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
                    await _wake.WaitAsync(options.CurrentValue.PollInterval, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        await Task.WhenAll(_inFlight.Values).ConfigureAwait(false);
    }

    private async Task<bool> PassAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var settings = options.CurrentValue;

        // A finished delivery wakes the loop to refill its slot; that is no reason to read the outbox again, which only
        // changes on a state change: read it once per poll interval, or straight away while it keeps yielding messages.
        var fannedOut = 0;
        if (time.GetUtcNow() >= _nextFanOut)
        {
            fannedOut = await scope.ServiceProvider.GetRequiredService<WebhookFanOut>().RunOnceAsync(stoppingToken).ConfigureAwait(false);
            _nextFanOut = fannedOut > 0 ? DateTimeOffset.MinValue : time.GetUtcNow() + settings.PollInterval;
        }

        var free = settings.MaxConcurrentDeliveries - _inFlight.Count;

        // Claim in batches: refilling one slot at a time would cost a write transaction per delivery.
        if (free <= 0 || (!_inFlight.IsEmpty && free < (settings.MaxConcurrentDeliveries + 1) / 2))
        {
            return fannedOut > 0;
        }

        var now = time.GetUtcNow();
        var store = scope.ServiceProvider.GetRequiredService<IWebhookStore>();
        var claimed = await store.ClaimDueAsync(now, now + settings.LeaseDuration, _owner, free, stoppingToken).ConfigureAwait(false);
        foreach (var delivery in claimed)
        {
            _inFlight[delivery.Id] = Task.Run(() => DeliverAsync(delivery, stoppingToken), CancellationToken.None);
        }

        return fannedOut > 0 || claimed.Count > 0;
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WebhookDeliverer>().DeliverAsync(delivery, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            WebhookLog.DeliveryFailed(logger, ex, delivery.MessageId);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the lease lapses and another pass (here after a restart, or on another host) sends it again.
        }
        finally
        {
            _inFlight.TryRemove(delivery.Id, out _);
            _wake.Release();
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
