namespace OpportunityMap.Core.Analysis;

/// <summary>One 1935 grade (A-D, or "ungraded": the rest of the county) and the summary of its land today.</summary>
public sealed record HolcReportRow(string Grade, int HolcAreas, AreaSummary Summary);
