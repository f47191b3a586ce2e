using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Generations;

namespace OpportunityMap.Server.Hosting;

/// <summary>Ready when the store answers: the in-memory store always does, PostGIS when its database does.</summary>
internal sealed class StoreHealthCheck(GenerationSource generations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var generation = await generations.CurrentAsync(cancellationToken);
            return HealthCheckResult.Healthy(generation.Version);
        }
        catch (StoreUnavailableException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
