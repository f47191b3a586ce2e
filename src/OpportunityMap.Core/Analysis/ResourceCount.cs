namespace OpportunityMap.Core.Analysis;

/// <summary>How many resources of a category lie in an area, and how many per km².</summary>
public sealed record ResourceCount(string Category, int Count, double PerSquareKilometre);
