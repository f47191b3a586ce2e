using NetTopologySuite.Index.Strtree;
using OpportunityMap.Core.Simplification;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// One layer's features with their geometry for one zoom band (or as imported), indexed for tiles. Immutable and
/// thread-safe once built.
/// </summary>
internal sealed class SimplifiedLayer
{
    private readonly Dictionary<string, LayerFeature> _byId;
    private readonly STRtree<int> _index = new();

    public SimplifiedLayer(LayerMetadata metadata, IReadOnlyList<LayerFeature> features, SimplificationMethod method)
    {
        Metadata = metadata;
        Features = features;
        Method = method;
        _byId = features.ToDictionary(f => f.Id, StringComparer.Ordinal);
        for (var i = 0; i < features.Count; i++)
        {
            _index.Insert(features[i].Geometry.EnvelopeInternal, i);
        }

        _index.Build();
    }

    public LayerMetadata Metadata { get; }

    /// <summary>The features in id order (ordinal), as the store gives them.</summary>
    public IReadOnlyList<LayerFeature> Features { get; }

    public SimplificationMethod Method { get; }

    /// <summary>The positions in <see cref="Features"/> of the features whose envelope meets <paramref name="box"/>, ascending.</summary>
    public List<int> Candidates(Envelope box)
    {
        var found = (List<int>)_index.Query(box);
        found.Sort();
        return found;
    }

    /// <summary>The page's features with this band's geometry (a feature this layer lacks is kept as it is).</summary>
    public IReadOnlyList<LayerFeature> Substitute(IReadOnlyList<LayerFeature> page) =>
        [.. page.Select(f => _byId.GetValueOrDefault(f.Id, f))];
}
