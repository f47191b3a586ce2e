namespace OpportunityMap.Core.Analysis;

/// <summary>How many resources of a category lie in an area, and how many per km² of its land (0 without land).</summary>
public sealed record ResourceCount(string Category, int Count, double PerSquareKilometre);
