using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Diagnostics;
using Purchaser.Services;

namespace Purchaser.Hosting;

/// <summary>Closes published RFQs whose response due time has passed, on the interval in <see cref="PurchaserOptions"/>.</summary>
internal sealed class ResponseDueMonitor(IServiceScopeFactory scopes, TimeProvider time, IOptions<PurchaserOptions> options, ILogger<ResponseDueMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ResponseDueCheckInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var closed = await scope.ServiceProvider.GetRequiredService<RfqService>().ClosePastDueAsync(stoppingToken).ConfigureAwait(false);
                if (closed > 0)
                {
                    Log.ClosedPastDue(logger, closed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log.ClosePastDueFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
