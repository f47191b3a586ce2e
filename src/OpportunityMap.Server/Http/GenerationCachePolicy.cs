using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace OpportunityMap.Server.Http;

/// <summary>
/// ASP.NET Core's output cache for responses derived from the data: whole successful GET/HEAD responses (JSON, tiles,
/// map images) kept per data generation, host (links are absolute), query and Accept header, up to
/// <see cref="CacheOptions.ResponseMegabytes"/>; concurrent identical requests share one computation. Each entry is
/// tagged with its generation, and the generation's retirement evicts them all. <c>X-Cache</c> says whether a
/// response came from the cache (<c>hit</c>) or was built (<c>miss</c>), as CDNs do.
/// </summary>
internal sealed class GenerationCachePolicy(IOptions<CacheOptions> options, IOutputCacheStore store) : IOutputCachePolicy
{
    public const string CacheHeader = "X-Cache";

    /// <summary>Responses larger than this stream and are not kept.</summary>
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Value.ResponseMegabytes > 0 && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = cacheable;
        if (!cacheable)
        {
            return;
        }

        var generation = await DataGeneration.ForRequestAsync(context.HttpContext);
        var tag = $"generation:{generation.Version}";
        // Once per generation: when it is retired, its entries go.
        await generation.GetAsync("output-cache-eviction", (g, _) =>
            Task.FromResult<object>(g.Retired.Register(() => store.EvictByTagAsync(tag, CancellationToken.None).AsTask())), cancellationToken);
        context.Tags.Add(tag);
        context.CacheVaryByRules.VaryByValues["generation"] = generation.Version;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new StringValues("Accept");
        context.CacheVaryByRules.VaryByHost = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(30);
        // Kept with the response when it is stored; a response served from the cache is marked "hit" instead.
        context.HttpContext.Response.Headers[CacheHeader] = "miss";
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        // The stored headers are copied onto the response after this; the mark goes on last.
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            response.Headers[CacheHeader] = "hit";
            return Task.CompletedTask;
        });
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        // Only whole successful responses: no problems, no 304s.
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
