using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace OpportunityMap.Server.Http;

/// <summary>
/// A strong ETag for every successful response, derived from the request's data generation, the build and paging
/// limits, and the normalised request (path, sorted query, Accept header); <c>If-None-Match</c> with it gives 304
/// before any query runs. A reload changes the data version, and so every ETag.
/// </summary>
internal sealed class ConditionalGetFilter(IOptions<CacheOptions> cache, IOptions<ApiOptions> api) : IEndpointFilter
{
    // What else shapes a response besides the data: this build of the code and the paging limits.
    private static readonly string BuildId = typeof(ConditionalGetFilter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var generation = await DataGeneration.ForRequestAsync(http);
        var etag = new EntityTagHeaderValue($"\"{generation.Version}-{RequestHash(http.Request)}\"");
        var response = http.Response;
        response.Headers.Vary = "Accept, Accept-Encoding";

        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag == EntityTagHeaderValue.Any))
        {
            SetCacheHeaders(response, etag);
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        // Set now, so that the output cache keeps them with the response; taken off again unless it is a 200.
        SetCacheHeaders(response, etag);
        response.OnStarting(() =>
        {
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.CacheControl);
            }

            return Task.CompletedTask;
        });
        return await next(context);
    }

    private void SetCacheHeaders(HttpResponse response, EntityTagHeaderValue etag)
    {
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = $"public, max-age={cache.Value.MaxAgeSeconds}";
    }

    private string RequestHash(HttpRequest request)
    {
        var text = new StringBuilder(request.Path.Value);
        foreach (var (name, values) in request.Query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('&').Append(name).Append('=').Append(string.Join(',', values.ToArray()));
        }

        text.Append("|accept=").Append(request.Headers.Accept.ToString());
        text.Append("|build=").Append(BuildId).Append('|').Append(api.Value.DefaultLimit).Append('|').Append(api.Value.MaxLimit);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
