namespace OpportunityMap.Core.Analysis;

/// <summary>What an area holds, from the published layers.</summary>
/// <param name="SquareMetres">The area's size, measured in the projected CRS (water included).</param>
/// <param name="LandSquareMetres">
/// Its land: the neighborhoods' own land area (the Quality of Life Explorer's acreage, lakes excluded), each apportioned
/// by the share of the neighborhood inside the area; per-km² figures are on this.
/// </param>
/// <param name="CountyCoverage">The share (0-1) of the area inside the county's neighborhood areas; 0 = outside the data.</param>
/// <param name="Grades">Shares of the area graded A, B, C, D in 1935 and not graded; they sum to 1.</param>
/// <param name="Mobility">Children-weighted blend of the tracts it overlaps (values in <see cref="AreaAnalyzer.MobilityMetrics"/> order).</param>
/// <param name="Resources">Resource points inside the area by category (every category, zero included).</param>
/// <param name="Metrics">Neighborhood metrics combined as each source says (<see cref="MetricValue"/>).</param>
/// <param name="Neighborhoods">The neighborhoods it overlaps, by id.</param>
public sealed record AreaSummary(
    double SquareMetres,
    double LandSquareMetres,
    double CountyCoverage,
    IReadOnlyList<GradeShare> Grades,
    MobilityBlend Mobility,
    IReadOnlyList<ResourceCount> Resources,
    IReadOnlyList<MetricValue> Metrics,
    IReadOnlyList<NeighborhoodShare> Neighborhoods)
{
    /// <summary>Square metres per square mile (international mile).</summary>
    public const double SquareMetresPerSquareMile = 2_589_988.110336;

    /// <summary>The size in km².</summary>
    public double SquareKilometres => SquareMetres / 1e6;

    /// <summary>The land in km².</summary>
    public double LandSquareKilometres => LandSquareMetres / 1e6;

    /// <summary>The size in square miles.</summary>
    public double SquareMiles => SquareMetres / SquareMetresPerSquareMile;

    /// <summary>The children behind the household income value: Σ share × children over the tracts with a value.</summary>
    public double Children => Mobility.Estimates.Count == 0 ? 0 : Mobility.Estimates[0].Children;
}
