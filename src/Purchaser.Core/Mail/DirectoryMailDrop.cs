using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Hosting;

namespace Purchaser.Mail;

/// <summary>
/// Reads <c>.eml</c> files dropped into the inbox folder as replies for the bootstrap tenant, moving each to
/// <c>processed/</c> once stored (or <c>failed/</c> when it cannot be handed over), so a file is taken once.
/// </summary>
internal sealed partial class DirectoryMailDrop(
    DirectoryMailDropOptions drop, IServiceScopeFactory scopes, TenantBootstrapper bootstrap, IOptionsMonitor<MailOptions> options, LeaseHolder lease, TimeProvider time, ILogger<DirectoryMailDrop> logger)
    : BackgroundService
{
    /// <summary>The lease under which one host at a time reads the folder, when several hosts share it.</summary>
    public string LeaseName => $"mailbox:directory:{drop.Inbox}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(drop.Inbox);
        return lease.RunAsync(LeaseName, ReadUntilStoppedAsync, stoppingToken);
    }

    private async Task ReadUntilStoppedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReadOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(options.CurrentValue.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task ReadOnceAsync(CancellationToken cancellationToken)
    {
        if (bootstrap.Tenant is not { } tenant)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(drop.Inbox, "*.eml").Order(StringComparer.Ordinal))
        {
            var target = "processed";
            try
            {
                var raw = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IInboundMailSink>().AcceptAsync(tenant, raw, "directory", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                target = "failed";
                DropFailed(logger, ex, file);
            }

            var folder = Path.Combine(Path.GetDirectoryName(drop.Inbox)!, target);
            Directory.CreateDirectory(folder);
            File.Move(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }
    }

    [LoggerMessage(4003, LogLevel.Warning, "Could not take dropped mail {File}; moved to failed/")]
    private static partial void DropFailed(ILogger logger, Exception exception, string file);
}
