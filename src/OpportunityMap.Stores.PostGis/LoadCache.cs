using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// What the store keeps of one load: its layers' metadata and the features read so far. A load never changes once
/// committed, so this can never be stale; handing out the same <see cref="LayerFeature"/> instances also lets the
/// API reuse each feature's encoded GeoJSON. At most <c>capacity</c> features (then it starts afresh). Thread-safe.
/// </summary>
internal sealed class LoadCache(LoadKey key, IReadOnlyList<LayerMetadata> layers, int capacity)
{
    private readonly ConcurrentDictionary<(int Layer, string Id), LayerFeature> _features = new();
    private int _count;

    public LoadKey Key { get; } = key;

    public IReadOnlyList<LayerMetadata> Layers { get; } = layers;

    public bool TryGet(int layer, string id, [MaybeNullWhen(false)] out LayerFeature feature) => _features.TryGetValue((layer, id), out feature);

    public LayerFeature Add(int layer, LayerFeature feature)
    {
        if (capacity <= 0)
        {
            return feature;
        }

        if (Interlocked.Increment(ref _count) > capacity)
        {
            _features.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        return _features.GetOrAdd((layer, feature.Id), feature);
    }
}
