using NetTopologySuite.Geometries;

namespace OpportunityMap.Core.Analysis;

/// <summary>A tract: its geometry in a projected CRS, its number of children, and its value of each metric.</summary>
public sealed record MobilityTract(string Id, Geometry Geometry, double? Children, IReadOnlyList<double?> Values);
