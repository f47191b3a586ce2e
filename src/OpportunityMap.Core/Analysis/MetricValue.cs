namespace OpportunityMap.Core.Analysis;

/// <summary>A neighborhood metric's overlap-weighted value over an area (null when no neighborhood had one), and its year.</summary>
public sealed record MetricValue(string Name, double? Value, long? Year);
