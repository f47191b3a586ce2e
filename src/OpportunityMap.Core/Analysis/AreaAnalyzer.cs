namespace OpportunityMap.Core.Analysis;

/// <summary>
/// Summarises any area against the published layers: its 1935 grade mix, children-weighted mobility of the tracts it
/// overlaps, resources inside it per km² of land and neighborhood metrics combined as their source says. Built once per
/// data version from the layers (projected once); immutable and thread-safe afterwards. Areas and distances are
/// computed in <see cref="IProjection"/>'s CRS, never in degrees. A layer that is missing counts as empty.
/// </summary>
public sealed class AreaAnalyzer
{
    /// <summary>The layers the analysis reads.</summary>
    public static readonly IReadOnlyList<string> ReadLayers = [LayerIds.Redlining, LayerIds.Tracts, LayerIds.Resources, LayerIds.Neighborhoods];

    /// <summary>The tract outcomes blended, in this order (the tract-mobility property names).</summary>
    public static readonly IReadOnlyList<string> MobilityMetrics = ["household_income_p25", "top20_share_p25", "kir_rank_p25", "kir_black_p25", "kir_white_p25"];

    /// <summary>The tract property counting the children behind each of <see cref="MobilityMetrics"/>: each group its own.</summary>
    public static readonly IReadOnlyList<string> MobilityChildren = ["kid_pooled_n", "kid_pooled_n", "kid_pooled_n", "kid_black_n", "kid_white_n"];

    /// <summary>The sliver thresholds the report's robustness tries (the published one among them).</summary>
    public static readonly IReadOnlyList<double> RobustnessThresholds = [0, MobilityAggregator.MinimumShare, 0.05, 0.10, 0.25, 0.50];

    /// <summary>The suffix of a property holding a value's standard error, when the source has one.</summary>
    public const string StandardErrorSuffix = "_se";

    /// <summary>The suffix of a neighborhood metric's denominator in its source (value = numerator / denominator).</summary>
    public const string DenominatorSuffix = "_denominator";

    /// <summary>The suffix of a neighborhood metric's margin of error (90%), when its source has one.</summary>
    public const string MarginOfErrorSuffix = "_moe";

    /// <summary>The neighborhood property holding its land area in km² (the source's acreage, lakes excluded).</summary>
    public const string LandProperty = "land_square_kilometres";

    private readonly IProjection _projection;
    private readonly GradeShares _grades;
    private readonly IReadOnlyList<(string Grade, Geometry Geometry)> _holcAreas;
    private readonly STRtree<MobilityTract> _tracts;
    private readonly IReadOnlyList<MobilityTract> _tractList;
    private readonly Dictionary<string, string?> _tractNames = new(StringComparer.Ordinal);
    private readonly STRtree<(string Category, Point Point)> _resources = new();
    private readonly STRtree<Npa> _npas = new();
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

        var tracts = byId.GetValueOrDefault(LayerIds.Tracts);
        _tractList = tracts is null ? [] : [.. Tracts(tracts, _tractNames)];
        _tracts = MobilityAggregator.Index(_tractList);
        MobilityProperties = [.. MobilityMetrics.Select(m => tracts?.Layer.Metadata.FindProperty(m)).OfType<PropertyDefinition>()];

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
            var layer = neighborhoods.Layer;
            var properties = layer.Metadata.Properties;
            var metrics = Enumerable.Range(0, properties.Count).Where(i => IsQualityOfLifeMetric(layer.Metadata, i)).ToList();
            Metrics = [.. metrics.Select(i => Info(layer, properties[i]))];
            var denominators = metrics.Select(i => layer.Metadata.IndexOf(properties[i].Name + DenominatorSuffix)).ToList();
            var errors = metrics.Select(i => layer.Metadata.IndexOf(properties[i].Name + MarginOfErrorSuffix)).ToList();
            var land = layer.Metadata.IndexOf(LandProperty);
            var unitsPerKm2 = 1e6 / (projection.MetresPerUnit * projection.MetresPerUnit);
            var features = layer.Features;
            for (var i = 0; i < features.Count; i++)
            {
                var geometry = neighborhoods.Geometries[i];
                var values = features[i].Values;
                _npas.Insert(geometry.EnvelopeInternal, new Npa(features[i].Id, geometry,
                    [.. metrics.Select(m => Number(values, m))], [.. denominators.Select(d => Number(values, d))], [.. errors.Select(e => Number(values, e))],
                    Number(values, land) is { } km2 ? km2 * unitsPerKm2 : geometry.Area));
            }
        }

        _npas.Build();
        _npaGeometries = byId.GetValueOrDefault(LayerIds.Neighborhoods)?.Geometries ?? [];
        _report = new Lazy<HolcReport>(BuildReport);
    }

    /// <summary>Every source of the layers the analysis reads, for attribution.</summary>
    public IReadOnlyList<LayerSource> Sources { get; }

    /// <summary>The tract layer's definitions of <see cref="MobilityMetrics"/> that it has (titles, units).</summary>
    public IReadOnlyList<PropertyDefinition> MobilityProperties { get; }

    /// <summary>The resource categories, sorted; every summary counts each (zero included).</summary>
    public IReadOnlyList<string> ResourceCategories { get; }

    /// <summary>The neighborhood metrics, with the years of their values and how they combine.</summary>
    public IReadOnlyList<QualityOfLifeMetricInfo> Metrics { get; }

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
        var unitArea = _projection.MetresPerUnit * _projection.MetresPerUnit;
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

        var npas = new List<NeighborhoodShare>();
        var combined = Metrics.Select(m => new MetricSum(m)).ToArray();
        var covered = 0.0;
        var land = 0.0;
        foreach (var npa in Checked(_npas.Query(area.EnvelopeInternal), cancellationToken))
        {
            var overlap = Overlap(area, prepared, npa.Geometry);
            if (overlap <= 0)
            {
                continue;
            }

            covered += overlap;
            var inside = overlap / npa.Geometry.Area;
            land += inside * npa.Land;
            npas.Add(new NeighborhoodShare(npa.Id, overlap / size, inside));
            for (var m = 0; m < combined.Length; m++)
            {
                combined[m].Add(npa.Values[m], npa.Denominators[m], npa.Errors[m], inside, overlap);
            }
        }

        var landKm2 = land * unitArea / 1e6;
        IReadOnlyList<ResourceCount> resources = [.. counts.Select(c => new ResourceCount(c.Key, c.Value, landKm2 > 0 ? c.Value / landKm2 : 0))];
        return new AreaSummary(
            size * unitArea,
            land * unitArea,
            size > 0 ? Math.Min(1, covered / size) : 0,
            grades,
            mobility,
            resources,
            [.. combined.Select(c => c.Result())],
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

        // The county: its land, metrics and resources as any area; its mobility each tract counted whole.
        var whole = SummarizeProjected(county);
        var countyRow = new HolcReportRow("county", _holcAreas.Count, whole with
        {
            Mobility = new MobilityBlend(MobilityAggregator.Overall(_tractList))
            {
                Tracts = [.. _tractList.Select(t => new TractShare(t, 1, Math.Max(0, t.Children ?? 0)))],
            },
        });
        var graded = Enumerable.Range(0, GradeShares.Grades.Count).Select(g => _grades.Land(g)).ToList();
        var robustness = ReportRobustness.Compute(rows.Take(graded.Count).ToList(),
            threshold => [.. graded.Select(land => MobilityAggregator.BlendArea(land, _tracts.Query(land.EnvelopeInternal), 1, threshold, smallAreaFallback: false).Values[0])],
            _tractNames);
        return new HolcReport(rows, countyRow, robustness);
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

    private static IEnumerable<MobilityTract> Tracts(ProjectedLayer tracts, Dictionary<string, string?> names)
    {
        var layer = tracts.Layer;
        var metadata = layer.Metadata;
        var name = metadata.IndexOf("name");
        var metrics = MobilityMetrics.Select(metadata.IndexOf).ToList();
        var children = MobilityChildren.Select(metadata.IndexOf).ToList();
        var errors = MobilityMetrics.Select(m => metadata.IndexOf(m + StandardErrorSuffix)).ToList();
        var pooled = metadata.IndexOf(MobilityChildren[0]);
        return layer.Features.Select((f, i) =>
        {
            names[f.Id] = name < 0 ? null : f.Values[name] as string;
            return new MobilityTract(f.Id, tracts.Geometries[i], Number(f.Values, pooled), [.. metrics.Select(m => Number(f.Values, m))])
            {
                MetricChildren = [.. children.Select(c => Number(f.Values, c))],
                StandardErrors = errors.Any(e => e >= 0) ? [.. errors.Select(e => Number(f.Values, e))] : null,
            };
        });
    }

    private static double? Number(IReadOnlyList<object?> values, int index) => index < 0 ? null : values[index] switch
    {
        double d => d,
        long l => l,
        _ => null,
    };

    // The neighborhood layer's metrics: the numbers with a *_year companion.
    private static bool IsQualityOfLifeMetric(LayerMetadata layer, int i) =>
        layer.Properties[i].Type == PropertyType.Number && layer.IndexOf(layer.Properties[i].Name + "_year") >= 0;

    private static QualityOfLifeMetricInfo Info(LayerData layer, PropertyDefinition property)
    {
        long? Year(string suffix)
        {
            var index = layer.Metadata.IndexOf(property.Name + suffix);
            return index < 0 ? null : layer.Features.Select(f => f.Values[index] as long?).Max();
        }

        var year = Year("_year");
        return new QualityOfLifeMetricInfo(property, year, Year("_first_year") ?? year,
            layer.Metadata.IndexOf(property.Name + DenominatorSuffix) >= 0, layer.Metadata.IndexOf(property.Name + MarginOfErrorSuffix) >= 0);
    }

    // A neighborhood: its metric values, their denominators and margins of error, and its land (projected units²).
    private sealed record Npa(string Id, Geometry Geometry, double?[] Values, double?[] Denominators, double?[] Errors, double Land);

    // One metric summed over the neighborhoods an area overlaps, as its source combines it: Σ r / Σ d, each apportioned
    // by the share of the neighborhood inside (r = value × d); without a denominator, the overlap's area weighs the
    // value. The margin of error, when every neighborhood combined has one, is √(Σ (w·moe)²) / Σ w (the ACS
    // approximation for a weighted combination).
    private sealed class MetricSum(QualityOfLifeMetricInfo metric)
    {
        private double _numerator;
        private double _weight;
        private double _variance;
        private bool _allErrors = metric.HasMarginOfError;

        public void Add(double? value, double? denominator, double? error, double inside, double overlap)
        {
            var weight = metric.HasDenominator ? inside * (denominator ?? 0) : overlap;
            if (value is not { } v || weight <= 0)
            {
                return;
            }

            _numerator += weight * v;
            _weight += weight;
            if (error is { } e)
            {
                _variance += weight * weight * e * e;
            }
            else
            {
                _allErrors = false;
            }
        }

        public MetricValue Result() => new(metric.Property.Name, _weight > 0 ? _numerator / _weight : null, metric.Year, metric.FirstYear,
            _weight > 0 && _allErrors ? Math.Sqrt(_variance) / _weight : null);
    }
}
