using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpportunityMap.Server.Hosting;

/// <summary>
/// Ready when the store answers (the in-memory store always does, PostGIS when its database does) and the data it
/// serves is warm; the probe answers within <see cref="StoreOptions.ReadyTimeoutSeconds"/> whatever the database
/// does, so a load balancer's probe never hangs on a stalled database.
/// </summary>
internal sealed class StoreHealthCheck(GenerationSource generations, IOptions<StoreOptions> store, StoreOutageLog outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var budget = TimeSpan.FromSeconds(store.Value.ReadyTimeoutSeconds);
        var current = generations.CurrentAsync(cancellationToken).AsTask();
        try
        {
            var generation = await current.WaitAsync(budget, cancellationToken);
            return generation.IsWarm
                ? HealthCheckResult.Healthy(generation.Version)
                : HealthCheckResult.Unhealthy($"warming data version {generation.Version}");
        }
        catch (TimeoutException) when (!current.IsCompleted)
        {
            // Still waiting for the database: observed when it ends, so its failure is not lost.
            _ = current.ContinueWith(
                t =>
                {
                    if (t.Exception?.InnerException is StoreUnavailableException e)
                    {
                        outage.Failed(e);
                    }
                },
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            return HealthCheckResult.Unhealthy($"the store did not answer within {budget.TotalSeconds:F0} s");
        }
        catch (StoreUnavailableException e)
        {
            outage.Failed(e);
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
