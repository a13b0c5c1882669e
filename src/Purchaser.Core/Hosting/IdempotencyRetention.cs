using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Diagnostics;
using Purchaser.Storage;

namespace Purchaser.Hosting;

/// <summary>
/// Forgets <c>Idempotency-Key</c> responses older than <see cref="PurchaserOptions.IdempotencyRetention"/>, every hour,
/// so the table does not grow with every POST ever made. Every host may run it: the purge is one idempotent delete.
/// </summary>
internal sealed class IdempotencyRetention(IServiceScopeFactory scopes, TimeProvider time, IOptions<PurchaserOptions> options, ILogger<IdempotencyRetention> logger) : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (scope.ServiceProvider.GetService<IIdempotencyStore>() is { } store)
                {
                    var purged = await store.PurgeAsync(time.GetUtcNow() - options.Value.IdempotencyRetention, stoppingToken).ConfigureAwait(false);
                    if (purged > 0)
                    {
                        Log.PurgedIdempotencyKeys(logger, purged);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.PurgeIdempotencyKeysFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
