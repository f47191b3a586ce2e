namespace OpportunityMap.Core.Analysis;

/// <summary>
/// A tract: its geometry in a projected CRS, its number of children (all children, pooled), and its value of each
/// metric. A metric of one group of children (Black, white) rests on that group's own count: <see cref="MetricChildren"/>
/// gives each metric's count when set (null for one = no count), else every metric rests on <see cref="Children"/>.
/// </summary>
public sealed record MobilityTract(string Id, Geometry Geometry, double? Children, IReadOnlyList<double?> Values)
{
    /// <summary>The children behind each metric's value, in <see cref="Values"/> order; null: <see cref="Children"/> for all.</summary>
    public IReadOnlyList<double?>? MetricChildren { get; init; }

    /// <summary>Each metric's standard error, in <see cref="Values"/> order, when the source has them (null: none has).</summary>
    public IReadOnlyList<double?>? StandardErrors { get; init; }

    /// <summary>The children behind metric <paramref name="metric"/>'s value.</summary>
    public double? ChildrenOf(int metric) => MetricChildren is { } counts ? counts[metric] : Children;

    /// <summary>Metric <paramref name="metric"/>'s standard error, or null when the source has none.</summary>
    public double? StandardErrorOf(int metric) => StandardErrors?[metric];
}
