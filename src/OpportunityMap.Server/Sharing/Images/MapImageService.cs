using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// Map images for views: each drawn once per data version and view, then served from a bounded cache; at most one
/// drawing per core at a time, so a burst of new views queues instead of starving the API of CPU.
/// </summary>
internal sealed class MapImageService : IDisposable
{
    private readonly MapRenderer _renderer;
    private readonly MemoryCache _cache;
    private readonly SemaphoreSlim _drawing = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public MapImageService(MapRenderer renderer, IOptions<MapOptions> options)
    {
        _renderer = renderer;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ImageCacheMegabytes) * 1024L * 1024L });
    }

    public async Task<byte[]> GetAsync(IFeatureStore store, MapView view, CancellationToken cancellationToken)
    {
        // The data version in the key: after a reload no old image is served for the new data.
        var key = $"{await store.GetDataVersionAsync(cancellationToken)}|{view.ToQueryString()}";
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        await _drawing.WaitAsync(cancellationToken);
        try
        {
            // Another request may have drawn it while this one waited.
            if (_cache.TryGetValue(key, out cached) && cached is not null)
            {
                return cached;
            }

            var png = await _renderer.RenderAsync(store, view, cancellationToken);
            _cache.Set(key, png, new MemoryCacheEntryOptions { Size = png.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            return png;
        }
        finally
        {
            _drawing.Release();
        }
    }

    public void Dispose()
    {
        _cache.Dispose();
        _drawing.Dispose();
    }
}
