namespace OpportunityMap.Core.Analysis;

/// <summary>
/// A grade's (A-D, "ungraded", or "county" for every ZIP whole) blend of each measure, its standard error (the ZIPs'
/// combined as independent; null when a ZIP has none), the people it rests on (Σ share × people) and the ZIPs used.
/// </summary>
public sealed record GradeMeasures(string Grade, IReadOnlyList<double?> Values, IReadOnlyList<double?> StandardErrors, double People, int Zips);
