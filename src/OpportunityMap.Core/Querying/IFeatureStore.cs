namespace OpportunityMap.Core.Querying;

/// <summary>
/// Serves the published layers. Implementations (the in-memory store, PostGIS) return the same features in the
/// same order for the same query, and are safe to call from many threads at once.
/// </summary>
public interface IFeatureStore
{
    /// <summary>
    /// An opaque id of the data being served (e.g. the import's id). It changes whenever the data changes.
    /// </summary>
    ValueTask<string> GetDataVersionAsync(CancellationToken cancellationToken);

    /// <summary>Every published layer's metadata, in catalogue order.</summary>
    ValueTask<IReadOnlyList<LayerMetadata>> GetLayersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="query"/> on the layer <paramref name="layerId"/>, which must be one of
    /// <see cref="GetLayersAsync"/>'s; filters name only its queryable properties.
    /// </summary>
    ValueTask<FeaturePage> QueryAsync(string layerId, FeatureQuery query, CancellationToken cancellationToken);

    /// <summary>The feature with this id, or <c>null</c>.</summary>
    ValueTask<LayerFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken);
}
