namespace OpportunityMap.Core.Analysis;

/// <summary>
/// A neighborhood metric over an area, combined as its source says (Σ numerator / Σ denominator over the neighborhoods,
/// each apportioned by the share of it inside the area; null when no neighborhood had one); the years of its values
/// (<paramref name="FirstYear"/> before <paramref name="Year"/> for a multi-year estimate such as the ACS five-year);
/// and its margin of error (90%, as the source publishes it) when every neighborhood combined has one.
/// </summary>
public sealed record MetricValue(string Name, double? Value, long? Year, long? FirstYear = null, double? MarginOfError = null);
