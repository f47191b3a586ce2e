using System.Threading.RateLimiting;

namespace OpportunityMap.Server.Http;

/// <summary>A fixed window of requests per client address; over it, 429 problem details with Retry-After.</summary>
internal static class RateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, WebOptions web)
    {
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => web.RateLimitPermits == 0
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = web.RateLimitPermits,
                        Window = TimeSpan.FromSeconds(web.RateLimitWindowSeconds),
                        QueueLimit = 0,
                    }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay)
                    ? (int)Math.Ceiling(delay.TotalSeconds)
                    : web.RateLimitWindowSeconds;
                await ProblemWriter.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, ProblemMessages.RateLimitedTitle,
                    string.Format(CultureInfo.InvariantCulture, ProblemMessages.RateLimited, retryAfter), retryAfterSeconds: retryAfter);
            };
        });
    }
}
