namespace OpportunityMap.Core.Analysis;

/// <summary>The 1935 grade vs today report: a row per grade A-D and the ungraded rest, and the county's overall values.</summary>
public sealed record HolcReport(IReadOnlyList<HolcReportRow> Rows, IReadOnlyList<double?> CountyMobility);
