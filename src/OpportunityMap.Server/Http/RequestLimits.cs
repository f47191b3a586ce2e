using Microsoft.AspNetCore.Http.Features;

namespace OpportunityMap.Server.Http;

/// <summary>
/// The size limits of a request, answered as problem details. Kestrel answers requests over its own limits before
/// any middleware runs, with an empty body that no application can change; so Kestrel's limits are set at twice
/// ours, and everything between the two reaches this middleware and gets a 414 or 431 problem. Only a request past
/// Kestrel's limits, or one whose syntax Kestrel cannot read at all, still gets Kestrel's empty 400/414/431. A body
/// over the limit fails while it is read (413, <see cref="ClientErrorHandler"/>), as does any other broken body
/// (<see cref="RequestBodyErrors"/>). A NUL character in the path or a
/// query parameter is refused here too (400, keyed by the parameter): no parameter has a use for it, .NET's number
/// parsers skip trailing NULs, and PostgreSQL refuses them in text.
/// </summary>
internal static class RequestLimits
{
    public static WebApplicationBuilder ConfigureRequestLimits(this WebApplicationBuilder builder)
    {
        var web = builder.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = web.MaxRequestBodyKilobytes * 1024L;
            kestrel.Limits.MaxRequestLineSize = 2 * web.MaxRequestLineKilobytes * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * web.MaxRequestHeadersKilobytes * 1024;
        });
        return builder;
    }

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var web = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebOptions>>().Value;
        var maxLine = web.MaxRequestLineKilobytes * 1024;
        var maxHeaders = web.MaxRequestHeadersKilobytes * 1024;
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
            if (request.Method.Length + target.Length + request.Protocol.Length + 2 > maxLine)
            {
                await ProblemWriter.WriteAsync(context, StatusCodes.Status414UriTooLong, ProblemMessages.RequestLineTooLongTitle,
                    string.Format(CultureInfo.InvariantCulture, ProblemMessages.RequestLineTooLong, web.MaxRequestLineKilobytes));
                return;
            }

            if (HeaderBytes(request.Headers) > maxHeaders)
            {
                await ProblemWriter.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ProblemMessages.HeadersTooLargeTitle,
                    string.Format(CultureInfo.InvariantCulture, ProblemMessages.HeadersTooLarge, web.MaxRequestHeadersKilobytes));
                return;
            }

            if (NulIn(request) is { } parameter)
            {
                await ProblemWriter.WriteAsync(context, StatusCodes.Status400BadRequest, ProblemMessages.InvalidParameters,
                    ProblemMessages.InvalidParameters,
                    new Dictionary<string, string[]> { [parameter] = [string.Format(CultureInfo.InvariantCulture, ProblemMessages.NulCharacter, parameter)] });
                return;
            }

            if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true)
            {
                context.Request.Body = new RequestBodyErrors(context.Request.Body);
            }

            await next(context);
        });
    }

    // As Kestrel counts them: name, ": ", value and CRLF.
    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            foreach (var value in values)
            {
                total += name.Length + (value?.Length ?? 0) + 4;
            }
        }

        return total;
    }

    private static string? NulIn(HttpRequest request)
    {
        if (request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true)
        {
            return "path";
        }

        if (!request.QueryString.HasValue)
        {
            return null;
        }

        foreach (var (name, values) in request.Query)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return name.Replace("\0", "", StringComparison.Ordinal);
            }
        }

        return null;
    }
}
