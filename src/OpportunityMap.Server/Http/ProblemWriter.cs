using Microsoft.AspNetCore.Mvc;

namespace OpportunityMap.Server.Http;

/// <summary>Problem details written by middleware and exception handlers, outside any endpoint.</summary>
internal static class ProblemWriter
{
    /// <summary>Writes a problem (a validation problem when <paramref name="errors"/> are given), with Retry-After if given.</summary>
    public static Task WriteAsync(
        HttpContext context, int status, string title, string detail, IDictionary<string, string[]>? errors = null, int? retryAfterSeconds = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = title;
        problem.Detail = detail;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
