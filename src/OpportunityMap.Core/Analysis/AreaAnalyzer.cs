using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Union;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Core.Analysis;

/// <summary>
/// Summarises any area against the published layers: its 1935 grade mix, children-weighted mobility of the tracts it
/// overlaps, resources inside it and neighborhood metrics weighted by overlap. Built once per data version from the
/// layers (projected once); immutable and thread-safe afterwards. Areas and distances are computed in
/// <see cref="IProjection"/>'s CRS, never in degrees. A layer that is missing counts as empty.
/// </summary>
public sealed class AreaAnalyzer
{
    /// <summary>The layers the analysis reads.</summary>
    public static readonly IReadOnlyList<string> ReadLayers = [LayerIds.Redlining, LayerIds.Tracts, LayerIds.Resources, LayerIds.Neighborhoods];

    /// <summary>The tract outcomes blended, in this order (the tract-mobility property names).</summary>
    public static readonly IReadOnlyList<string> MobilityMetrics = ["household_income_p25", "top20_share_p25", "kir_rank_p25"];

    private readonly IProjection _projection;
    private readonly GradeShares _grades;
    private readonly IReadOnlyList<(string Grade, Geometry Geometry)> _holcAreas;
    private readonly STRtree<MobilityTract> _tracts;
    private readonly IReadOnlyList<MobilityTract> _tractList;
    private readonly STRtree<(string Category, Point Point)> _resources = new();
    private readonly STRtree<(string Id, Geometry Geometry, double?[] Values)> _npas = new();
    private readonly IReadOnlyList<Geometry> _npaGeometries;
    private readonly Lazy<HolcReport> _report;

    private AreaAnalyzer(IReadOnlyList<ProjectedLayer> layers, IProjection projection)
    {
        _projection = projection;
        var byId = layers.ToDictionary(l => l.Layer.Metadata.Id, StringComparer.Ordinal);
        Sources = [.. layers.Where(l => ReadLayers.Contains(l.Layer.Metadata.Id)).SelectMany(l => l.Layer.Metadata.Sources).Distinct()];

        var redlining = byId.GetValueOrDefault(LayerIds.Redlining);
        var grade = redlining?.Layer.Metadata.IndexOf("grade") ?? -1;
        _holcAreas = redlining is null ? [] : [.. redlining.Layer.Features.Select((f, i) => ((string)f.Values[grade]!, redlining.Geometries[i]))];
        _grades = new GradeShares(_holcAreas);

        _tractList = byId.GetValueOrDefault(LayerIds.Tracts) is { } tracts ? [.. Tracts(tracts)] : [];
        _tracts = MobilityAggregator.Index(_tractList);

        ResourceCategories = [];
        if (byId.GetValueOrDefault(LayerIds.Resources) is { } resources)
        {
            var category = resources.Layer.Metadata.IndexOf("category");
            var features = resources.Layer.Features;
            for (var i = 0; i < features.Count; i++)
            {
                if (resources.Geometries[i] is Point point && features[i].Values[category] is string name)
                {
                    _resources.Insert(point.EnvelopeInternal, (name, point));
                }
            }

            ResourceCategories = [.. features.Select(f => f.Values[category] as string).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
        }

        _resources.Build();
        Metrics = [];
        if (byId.GetValueOrDefault(LayerIds.Neighborhoods) is { } neighborhoods)
        {
            var properties = neighborhoods.Layer.Metadata.Properties;
            var metrics = Enumerable.Range(0, properties.Count).Where(i => IsQualityOfLifeMetric(properties, i)).ToList();
            Metrics = [.. metrics.Select(i => (properties[i], Year(neighborhoods.Layer, properties[i].Name)))];
            var features = neighborhoods.Layer.Features;
            for (var i = 0; i < features.Count; i++)
            {
                var geometry = neighborhoods.Geometries[i];
                _npas.Insert(geometry.EnvelopeInternal, (features[i].Id, geometry, [.. metrics.Select(m => features[i].Values[m] is double d ? d : (double?)null)]));
            }
        }

        _npas.Build();
        _npaGeometries = byId.GetValueOrDefault(LayerIds.Neighborhoods)?.Geometries ?? [];
        _report = new Lazy<HolcReport>(BuildReport);
    }

    /// <summary>Every source of the layers the analysis reads, for attribution.</summary>
    public IReadOnlyList<LayerSource> Sources { get; }

    /// <summary>The resource categories, sorted; every summary counts each (zero included).</summary>
    public IReadOnlyList<string> ResourceCategories { get; }

    /// <summary>The neighborhood metrics averaged by overlap, with the year of their values.</summary>
    public IReadOnlyList<(PropertyDefinition Property, long? Year)> Metrics { get; }

    /// <summary>
    /// The analyser over these layers, each projected to <paramref name="projection"/> (any of
    /// <see cref="ReadLayers"/> may be missing; others are ignored).
    /// </summary>
    public static AreaAnalyzer FromProjected(IReadOnlyList<ProjectedLayer> layers, IProjection projection) => new(layers, projection);

    /// <summary>The analyser over these layers, projecting each.</summary>
    public static AreaAnalyzer FromLayers(IReadOnlyList<LayerData> layers, IProjection projection) =>
        new([.. layers.Where(l => ReadLayers.Contains(l.Metadata.Id)).Select(l => ProjectedLayer.Project(l, projection))], projection);

    /// <summary>The summary of <paramref name="area"/>, a polygon or multipolygon in EPSG:4326 (lon/lat).</summary>
    /// <param name="area">The area, inside the projection's <see cref="IProjection.AreaOfUse"/>.</param>
    /// <param name="cancellationToken">Checked between the overlays, so that a time budget actually stops the work.</param>
    /// <exception cref="ProjectionDomainException">The area reaches where the projection is undefined.</exception>
    public AreaSummary Summarize(Geometry area, CancellationToken cancellationToken = default) =>
        SummarizeProjected(_projection.Project(area), cancellationToken);

    /// <summary>The 1935 grade vs today report (computed once, on first use).</summary>
    public HolcReport HolcVsToday() => _report.Value;

    private AreaSummary SummarizeProjected(Geometry area, CancellationToken cancellationToken = default)
    {
        var size = area.Area;
        var squareMetres = size * _projection.MetresPerUnit * _projection.MetresPerUnit;
        // The 1935 map's few dozen pieces: one overlay each at most, so checked before and after rather than between.
        cancellationToken.ThrowIfCancellationRequested();
        var shares = _grades.Of(area);
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<GradeShare> grades = [.. GradeShares.Grades.Append("ungraded").Select((g, i) => new GradeShare(g, shares[i] ?? 0))];

        // The ZIP method, so a ZIP's own polygon gets its published value; a drawn area too small for it falls back.
        var mobility = MobilityAggregator.BlendArea(area, Checked(_tracts.Query(area.EnvelopeInternal), cancellationToken), MobilityMetrics.Count,
            MobilityAggregator.MinimumShare, smallAreaFallback: true);

        var prepared = PreparedGeometryFactory.Prepare(area);
        var counts = ResourceCategories.ToDictionary(c => c, _ => 0, StringComparer.Ordinal);
        foreach (var (category, point) in _resources.Query(area.EnvelopeInternal))
        {
            if (prepared.Intersects(point))
            {
                counts[category]++;
            }
        }

        var squareKm = squareMetres / 1e6;
        IReadOnlyList<ResourceCount> resources = [.. counts.Select(c => new ResourceCount(c.Key, c.Value, squareKm > 0 ? c.Value / squareKm : 0))];

        var npas = new List<NeighborhoodShare>();
        var sums = new double[Metrics.Count];
        var weights = new double[Metrics.Count];
        var covered = 0.0;
        foreach (var (id, geometry, values) in Checked(_npas.Query(area.EnvelopeInternal), cancellationToken))
        {
            var overlap = Overlap(area, prepared, geometry);
            if (overlap <= 0)
            {
                continue;
            }

            covered += overlap;
            npas.Add(new NeighborhoodShare(id, overlap / size, overlap / geometry.Area));
            for (var m = 0; m < Metrics.Count; m++)
            {
                if (values[m] is { } value)
                {
                    sums[m] += overlap * value;
                    weights[m] += overlap;
                }
            }
        }

        IReadOnlyList<MetricValue> metrics = [.. Metrics.Select((m, i) => new MetricValue(m.Property.Name, weights[i] > 0 ? sums[i] / weights[i] : null, m.Year))];
        return new AreaSummary(
            squareMetres,
            size > 0 ? Math.Min(1, covered / size) : 0,
            grades,
            mobility,
            resources,
            metrics,
            [.. npas.OrderBy(n => n.Id, StringComparer.Ordinal)]);
    }

    private HolcReport BuildReport()
    {
        var county = _npaGeometries.Count > 0 ? UnaryUnionOp.Union(_npaGeometries) : _grades.GradedLand.Factory.CreateGeometryCollection();
        var rows = new List<HolcReportRow>();
        for (var g = 0; g < GradeShares.Grades.Count; g++)
        {
            var grade = GradeShares.Grades[g];
            rows.Add(new HolcReportRow(grade, _holcAreas.Count(a => a.Grade == grade), SummarizeProjected(_grades.Land(g))));
        }

        var ungraded = OverlayNGRobust.Overlay(county, _grades.GradedLand, SpatialFunction.Difference);
        rows.Add(new HolcReportRow("ungraded", 0, SummarizeProjected(ungraded)));
        return new HolcReport(rows, MobilityAggregator.Overall(_tractList));
    }

    private static IEnumerable<T> Checked<T>(IEnumerable<T> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    private static double Overlap(Geometry area, IPreparedGeometry prepared, Geometry other) =>
        !prepared.Intersects(other) ? 0
        : prepared.Contains(other) ? other.Area
        : OverlayNGRobust.Overlay(area, other, SpatialFunction.Intersection).Area;

    private static IEnumerable<MobilityTract> Tracts(ProjectedLayer tracts)
    {
        var layer = tracts.Layer;
        var children = layer.Metadata.IndexOf("kid_pooled_n");
        var metrics = MobilityMetrics.Select(layer.Metadata.IndexOf).ToList();
        return layer.Features.Select((f, i) => new MobilityTract(
            f.Id,
            tracts.Geometries[i],
            f.Values[children] is long n ? n : null,
            [.. metrics.Select(i => i >= 0 && f.Values[i] is double d ? d : (double?)null)]));
    }

    // The neighborhood layer's metrics: its numbers, less the years and the 1935 grade shares (summarised above).
    private static bool IsQualityOfLifeMetric(IReadOnlyList<PropertyDefinition> properties, int i) =>
        properties[i].Type == PropertyType.Number
        && !properties[i].Name.StartsWith("holc_", StringComparison.Ordinal);

    private static long? Year(LayerData layer, string metric)
    {
        var index = layer.Metadata.IndexOf(metric + "_year");
        return index < 0 ? null : layer.Features.Select(f => f.Values[index] as long?).Max();
    }
}
