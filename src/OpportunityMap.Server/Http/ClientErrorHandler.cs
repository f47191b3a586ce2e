using Microsoft.AspNetCore.Diagnostics;

namespace OpportunityMap.Server.Http;

/// <summary>
/// Failures that are the client's, not the service's, as problem details with their own status instead of a 500:
/// Kestrel's <see cref="BadHttpRequestException"/> while a body is read (413 too large, 408 too slow, 400 a broken
/// chunked encoding or an early end) and a coordinate a projection cannot take (400).
/// </summary>
internal sealed class ClientErrorHandler(IOptions<WebOptions> web, ILogger<ClientErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case BadHttpRequestException bad:
                logger.LogDebug(bad, "Bad request body for {Path}", httpContext.Request.Path);
                var (title, detail) = bad.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => (ProblemMessages.BodyTooLargeTitle,
                        string.Format(CultureInfo.InvariantCulture, ProblemMessages.BodyTooLarge, web.Value.MaxRequestBodyKilobytes)),
                    StatusCodes.Status408RequestTimeout => (ProblemMessages.BodyTooSlowTitle, ProblemMessages.BodyTooSlow),
                    _ => (ProblemMessages.BadRequestTitle, string.Format(CultureInfo.InvariantCulture, ProblemMessages.BadRequest, bad.Message)),
                };
                await ProblemWriter.WriteAsync(httpContext, bad.StatusCode, title, detail);
                return true;
            case ProjectionDomainException outside:
                await ProblemWriter.WriteAsync(httpContext, StatusCodes.Status400BadRequest, ProblemMessages.OutsideProjectionTitle,
                    string.Format(CultureInfo.InvariantCulture, ProblemMessages.OutsideProjection, outside.Crs));
                return true;
            default:
                return false;
        }
    }
}
