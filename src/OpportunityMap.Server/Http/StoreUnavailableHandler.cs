using Microsoft.AspNetCore.Diagnostics;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.Http;

/// <summary>Turns <see cref="StoreUnavailableException"/> into 503 problem details with Retry-After.</summary>
internal sealed class StoreUnavailableHandler(IProblemDetailsService problemDetails, ILogger<StoreUnavailableHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not StoreUnavailableException)
        {
            return false;
        }

        logger.LogWarning(exception, "Store unavailable for {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = ProblemMessages.StoreUnavailableTitle,
                Detail = ProblemMessages.StoreUnavailable,
            },
        });
    }
}
