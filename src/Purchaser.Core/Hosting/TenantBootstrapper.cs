using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Purchaser.Diagnostics;
using Purchaser.Domain;
using Purchaser.Services;
using Purchaser.Storage;

namespace Purchaser.Hosting;

/// <summary>Seeds the first tenant and API key at start, as <see cref="BootstrapOptions"/> say.</summary>
public sealed class TenantBootstrapper
{
    private readonly ITenantStore _tenants;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly BootstrapOptions _options;
    private readonly ILogger<TenantBootstrapper> _logger;

    /// <summary>Creates the bootstrapper; resolved from DI.</summary>
    public TenantBootstrapper(ITenantStore tenants, IServiceScopeFactory scopes, TimeProvider time, IOptions<BootstrapOptions> options, ILogger<TenantBootstrapper> logger)
    {
        _tenants = tenants;
        _scopes = scopes;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The key created by the last run when none was configured; null otherwise.</summary>
    public string? CreatedApiKey { get; private set; }

    /// <summary>The tenant the bootstrap seeded or found (the configured key's, or the one created); null when unknown.</summary>
    public Id<Tenant>? Tenant { get; private set; }

    /// <summary>Seeds the configured key, or creates a tenant and key when the store is empty.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        if (_options.ApiKey is { } configured)
        {
            if (await keys.AuthenticateAsync(configured, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                Tenant = existing.TenantId;
                return;
            }

            var seeded = await CreateTenantAsync(cancellationToken).ConfigureAwait(false);
            await keys.StoreAsync(seeded.Id, "bootstrap", configured, Actor.System, cancellationToken).ConfigureAwait(false);
            Tenant = seeded.Id;
            Log.BootstrapKeySeeded(_logger, seeded.Name, seeded.Id.Value);
            return;
        }

        var tenants = await _tenants.ListTenantsAsync(cancellationToken).ConfigureAwait(false);
        if (tenants.Count == 1)
        {
            Tenant = tenants[0].Id;
        }

        if (_options.CreateWhenEmpty && tenants.Count == 0)
        {
            var tenant = await CreateTenantAsync(cancellationToken).ConfigureAwait(false);
            var (_, secret) = await keys.CreateAsync(tenant.Id, "bootstrap", Actor.System, cancellationToken).ConfigureAwait(false);
            CreatedApiKey = secret;
            Tenant = tenant.Id;
            Log.BootstrapKeyCreated(_logger, tenant.Name, tenant.Id.Value, secret);
        }
    }

    private async Task<Tenant> CreateTenantAsync(CancellationToken cancellationToken)
    {
        var tenant = new Tenant(Id<Tenant>.New(), _options.Tenant, _time.GetUtcNow());
        await _tenants.CreateTenantAsync(tenant, cancellationToken).ConfigureAwait(false);
        return tenant;
    }
}
