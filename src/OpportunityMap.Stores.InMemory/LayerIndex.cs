using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Stores.InMemory;

/// <summary>
/// One layer's features in id order with a spatial index: a <see cref="PointGrid"/> when every feature is a point,
/// else an STRtree over their envelopes. Built once; read-only afterwards, so any number of threads may query it
/// without locks.
/// </summary>
internal sealed class LayerIndex
{
    private readonly LayerFeature[] _features;
    private readonly Dictionary<string, int> _positionById;
    private readonly STRtree<int> _tree = new();
    private readonly PointGrid? _points;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public LayerIndex(LayerData data)
    {
        Metadata = data.Metadata;
        _features = [.. data.Features.OrderBy(f => f.Id, StringComparer.Ordinal)];
        _positionById = new Dictionary<string, int>(_features.Length, StringComparer.Ordinal);
        for (var i = 0; i < _features.Length; i++)
        {
            if (!_positionById.TryAdd(_features[i].Id, i))
            {
                throw new ArgumentException($"Layer {Metadata.Id} has two features with id {_features[i].Id}.", nameof(data));
            }

        }

        _points = PointGrid.TryBuild(_features);
        if (_points is null)
        {
            for (var i = 0; i < _features.Length; i++)
            {
                _tree.Insert(_features[i].Geometry.EnvelopeInternal, i);
            }
        }

        _tree.Build();
    }

    public LayerMetadata Metadata { get; }

    public LayerFeature? Get(string id) => _positionById.TryGetValue(id, out var i) ? _features[i] : null;

    public FeaturePage Query(FeatureQuery query)
    {
        var filters = ResolveFilters(query.Filters);
        var filter = query.Filter is null ? null : FilterEvaluator.Compile(query.Filter, Metadata);
        if (query.SortBy.Count > 0)
        {
            return SortedPage(query, filters, filter);
        }

        var page = new List<LayerFeature>(Math.Min(query.Limit, 1024));
        long matched = 0;
        foreach (var position in Candidates(query.Bbox))
        {
            var feature = _features[position];
            if (!Matches(feature, filters) || (filter is not null && !filter(feature)))
            {
                continue;
            }

            if (matched >= query.Offset && page.Count < query.Limit)
            {
                page.Add(feature);
            }

            matched++;
        }

        return new FeaturePage(page, matched);
    }

    // Sorting needs every match before the page can be cut.
    private FeaturePage SortedPage(FeatureQuery query, (int Index, object Value)[] filters, Func<LayerFeature, bool>? filter)
    {
        var matches = Candidates(query.Bbox)
            .Select(p => _features[p])
            .Where(f => Matches(f, filters) && (filter is null || filter(f)))
            .ToList();
        matches.Sort(FeatureOrder.Comparer(Metadata, query.SortBy));
        return new FeaturePage([.. matches.Skip(query.Offset).Take(query.Limit)], matches.Count);
    }

    // Positions in id order of the features that intersect the box (all features when there is none).
    private IEnumerable<int> Candidates(Envelope? bbox)
    {
        if (bbox is null)
        {
            return Enumerable.Range(0, _features.Length);
        }

        if (_points is not null)
        {
            return _points.Query(bbox);
        }

        var hits = _tree.Query(bbox);
        if (hits.Count == 0)
        {
            return [];
        }

        // Exact test as in PostGIS ST_Intersects: a feature touching the box's edge or corner counts.
        var box = PreparedGeometryFactory.Prepare(Factory.ToGeometry(bbox));
        var result = new List<int>(hits.Count);
        foreach (var position in hits)
        {
            var geometry = _features[position].Geometry;
            if (bbox.Contains(geometry.EnvelopeInternal) || box.Intersects(geometry))
            {
                result.Add(position);
            }
        }

        result.Sort();
        return result;
    }

    private (int Index, object Value)[] ResolveFilters(IReadOnlyList<PropertyFilter> filters)
    {
        var resolved = new (int, object)[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            var index = Metadata.IndexOf(filters[i].Property);
            if (index < 0)
            {
                throw new ArgumentException($"Layer {Metadata.Id} has no property {filters[i].Property}.", nameof(filters));
            }

            resolved[i] = (index, filters[i].Value);
        }

        return resolved;
    }

    private static bool Matches(LayerFeature feature, (int Index, object Value)[] filters)
    {
        foreach (var (index, value) in filters)
        {
            if (!value.Equals(feature.Values[index]))
            {
                return false;
            }
        }

        return true;
    }
}
