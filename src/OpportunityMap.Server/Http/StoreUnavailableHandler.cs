using Microsoft.AspNetCore.Diagnostics;

namespace OpportunityMap.Server.Http;

/// <summary>
/// Turns <see cref="StoreUnavailableException"/> into 503 problem details with Retry-After; the outage is logged once
/// with a count (<see cref="StoreOutageLog"/>), not a stack trace per request.
/// </summary>
internal sealed class StoreUnavailableHandler(StoreOutageLog outage) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreUnavailableException unavailable)
        {
            return false;
        }

        outage.Failed(unavailable);
        await ProblemWriter.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable, ProblemMessages.StoreUnavailableTitle,
            ProblemMessages.StoreUnavailable, retryAfterSeconds: RetryAfterSeconds);
        return true;
    }
}
