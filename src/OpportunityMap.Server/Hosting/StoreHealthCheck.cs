using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.Hosting;

/// <summary>Ready when the store answers: the in-memory store always does, PostGIS when its database does.</summary>
internal sealed class StoreHealthCheck(IFeatureStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await store.GetDataVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy(version);
        }
        catch (StoreUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
