using Microsoft.Extensions.Diagnostics.HealthChecks;
using Purchaser.Storage;

namespace Purchaser.AspNetCore.Infrastructure;

/// <summary>Ready when the store answers a query.</summary>
internal sealed class StoreHealthCheck(ITenantStore tenants) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await tenants.AnyTenantAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The store answers.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.", ex);
        }
    }
}
