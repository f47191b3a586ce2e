namespace OpportunityMap.Core.Analysis;

/// <summary>The share (0-1) of an area with a 1935 grade (A-D, or "ungraded").</summary>
public sealed record GradeShare(string Grade, double Share);
