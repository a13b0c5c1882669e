using Microsoft.Extensions.Hosting;
using Purchaser.Storage;

namespace Purchaser.Hosting;

/// <summary>
/// Runs before any other hosted service starts (so before the web server listens): migrates the store, then seeds the
/// bootstrap tenant. Hosts without the generic host call <see cref="StartingAsync"/> themselves.
/// </summary>
public sealed class PurchaserStartup : IHostedLifecycleService
{
    private readonly IStoreInitializer _store;
    private readonly TenantBootstrapper _bootstrapper;

    /// <summary>Creates the startup step; resolved from DI.</summary>
    public PurchaserStartup(IStoreInitializer store, TenantBootstrapper bootstrapper)
    {
        _store = store;
        _bootstrapper = bootstrapper;
    }

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await _store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        await _bootstrapper.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
