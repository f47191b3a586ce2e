namespace OpportunityMap.Core.Simplification;

/// <summary>The result of <see cref="CoverageSimplification.Simplify"/>.</summary>
/// <param name="Geometries">One geometry per input, in the same order: EPSG:4326, lon/lat, each valid and non-empty.</param>
/// <param name="Method">How the geometries were simplified.</param>
public sealed record SimplifiedCoverage(IReadOnlyList<Geometry> Geometries, SimplificationMethod Method);
