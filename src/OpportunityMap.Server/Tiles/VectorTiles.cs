using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// Serves encoded vector tiles, from the geometry simplified for the tile's zoom, and keeps them in a memory cache
/// bounded by size (least recently used go first), keyed by data version so a reload never serves an old tile.
/// </summary>
internal sealed class VectorTiles(SimplifiedLayers layers, IOptions<TileOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.CacheMegabytes * 1024L * 1024L });

    public async ValueTask<byte[]> GetAsync(IFeatureStore store, LayerMetadata layer, TileAddress tile, CancellationToken cancellationToken)
    {
        var key = (await store.GetDataVersionAsync(cancellationToken), layer.Id, tile);
        if (_cache.TryGetValue(key, out byte[]? cached) && cached is not null)
        {
            return cached;
        }

        var simplified = await layers.GetAsync(store, layer, tile.Z, cancellationToken);
        var bytes = VectorTileEncoder.Encode(simplified, tile);
        // An entry's size counts its key and bookkeeping too, so empty tiles are not free.
        _cache.Set(key, bytes, new MemoryCacheEntryOptions { Size = bytes.Length + 128, SlidingExpiration = TimeSpan.FromHours(1) });
        return bytes;
    }

    public void Dispose() => _cache.Dispose();
}
