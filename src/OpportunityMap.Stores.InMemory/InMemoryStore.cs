using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Stores.InMemory;

/// <summary>
/// The embedded default store: every layer held in memory with one STRtree each, built eagerly here. Immutable, so
/// queries take no locks; a reload builds a new store and swaps the reference.
/// </summary>
public sealed class InMemoryStore : IFeatureStore
{
    private readonly Dictionary<string, LayerIndex> _layers;
    private readonly IReadOnlyList<LayerMetadata> _metadata;
    private readonly string _dataVersion;

    /// <param name="layers">The layers, in catalogue order.</param>
    /// <param name="dataVersion">An id of this data, e.g. a hash of the import.</param>
    public InMemoryStore(IReadOnlyList<LayerData> layers, string dataVersion)
    {
        _layers = new Dictionary<string, LayerIndex>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            if (!_layers.TryAdd(layer.Metadata.Id, new LayerIndex(layer)))
            {
                throw new ArgumentException($"Two layers have the id {layer.Metadata.Id}.", nameof(layers));
            }
        }

        _metadata = [.. layers.Select(l => l.Metadata)];
        _dataVersion = dataVersion;
    }

    private InMemoryStore(Dictionary<string, LayerIndex> layers, IReadOnlyList<LayerMetadata> metadata, string dataVersion)
    {
        _layers = layers;
        _metadata = metadata;
        _dataVersion = dataVersion;
    }

    /// <summary>
    /// A new store with this store's layers (their indexes shared, not rebuilt) followed by <paramref name="more"/>;
    /// this store is unchanged.
    /// </summary>
    public InMemoryStore WithLayers(IReadOnlyList<LayerData> more, string dataVersion)
    {
        var layers = new Dictionary<string, LayerIndex>(_layers, StringComparer.Ordinal);
        foreach (var layer in more)
        {
            if (!layers.TryAdd(layer.Metadata.Id, new LayerIndex(layer)))
            {
                throw new ArgumentException($"Two layers have the id {layer.Metadata.Id}.", nameof(more));
            }
        }

        return new InMemoryStore(layers, [.. _metadata, .. more.Select(l => l.Metadata)], dataVersion);
    }

    /// <inheritdoc />
    public ValueTask<string> GetDataVersionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_dataVersion);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LayerMetadata>> GetLayersAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(_metadata);

    /// <inheritdoc />
    public ValueTask<FeaturePage> QueryAsync(string layerId, FeatureQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Layer(layerId).Query(query));

    /// <inheritdoc />
    public ValueTask<LayerFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Layer(layerId).Get(featureId));

    private LayerIndex Layer(string layerId) =>
        _layers.TryGetValue(layerId, out var layer)
            ? layer
            : throw new KeyNotFoundException($"No layer {layerId}.");
}
