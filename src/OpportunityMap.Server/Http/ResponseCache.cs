using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpportunityMap.Server.Ogc;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Http;

/// <summary>
/// Whole JSON responses kept in memory by their ETag (data version + normalised request, <see cref="ConditionalGetFilter"/>)
/// and the origin the links in them point to, up to <see cref="CacheOptions.ResponseMegabytes"/>. A repeated request
/// (the same embedded view on publication day) is answered by copying bytes. It can never be stale: a reload changes the
/// data version, so the key of every new request; the old entries are simply never asked for again and age out.
/// </summary>
internal sealed class ResponseCache : IDisposable
{
    // Headers an endpoint sets beside its body that a cached copy must repeat.
    private static readonly string[] KeptHeaders = ["Content-Crs"];
    private const int MaxEntryBytes = 8 * 1024 * 1024;

    /// <summary>Says whether a response came from this cache (<c>hit</c>) or was built and kept (<c>miss</c>), as CDNs do.</summary>
    public const string CacheHeader = "X-Cache";
    private readonly MemoryCache? _cache;

    public ResponseCache(IOptions<CacheOptions> options)
    {
        var megabytes = options.Value.ResponseMegabytes;
        _cache = megabytes > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024L }) : null;
    }

    private sealed record Entry(byte[] Body, string ContentType, (string Name, string Value)[] Headers);

    /// <summary>The key of a request whose ETag is <paramref name="etag"/>: links are absolute, so the origin is part of it.</summary>
    public static string Key(HttpRequest request, string etag) => $"{etag}|{request.Scheme}://{request.Host}{request.PathBase}";

    /// <summary>The cached response for <paramref name="key"/>, written as an <see cref="IResult"/>; null when there is none.</summary>
    public IResult? TryGet(string key) =>
        _cache is not null && _cache.TryGetValue(key, out Entry? entry) && entry is not null ? new CachedResult(entry) : null;

    /// <summary>
    /// What to send for <paramref name="result"/>: a JSON document is written as usual and, when it is small enough,
    /// kept under <paramref name="key"/> as it goes; anything else is sent as it is.
    /// </summary>
    public object? Keep(string key, object? result)
    {
        // Typed unions (Results<JsonDocumentResult, ProblemHttpResult, ...>) hold the result that will run.
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        return _cache is null || inner is not JsonDocumentResult document ? result : new KeepingResult(this, key, document);
    }

    private void Set(string key, Entry entry) =>
        _cache!.Set(key, entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + 256, SlidingExpiration = TimeSpan.FromMinutes(30) });

    public void Dispose() => _cache?.Dispose();

    private sealed class KeepingResult(ResponseCache cache, string key, JsonDocumentResult document) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.Headers[CacheHeader] = "miss";
            var body = await document.ExecuteKeepingAsync(httpContext, MaxEntryBytes);
            if (body is not null && response.StatusCode == StatusCodes.Status200OK)
            {
                var headers = KeptHeaders
                    .Where(name => response.Headers.ContainsKey(name))
                    .Select(name => (name, response.Headers[name].ToString()))
                    .ToArray();
                cache.Set(key, new Entry(body, document.ContentType, headers));
            }
        }
    }

    private sealed class CachedResult(Entry entry) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            foreach (var (name, value) in entry.Headers)
            {
                response.Headers[name] = value;
            }

            response.Headers[CacheHeader] = "hit";
            response.ContentType = entry.ContentType;
            response.ContentLength = entry.Body.Length;
            return response.Body.WriteAsync(entry.Body, httpContext.RequestAborted).AsTask();
        }
    }
}
