namespace OpportunityMap.Server.Analysis;

/// <summary>What a posted area may be (<see cref="AreaInput"/>): checked before any analysis runs.</summary>
/// <param name="MaxVertices">The most positions, all rings together.</param>
/// <param name="MaxCrossings">The most times the rings may cross or touch; up to it an invalid area is repaired.</param>
/// <param name="Crs">The CRS areas are measured in.</param>
/// <param name="AreaOfUse">Where that CRS measures well, lon/lat: every position must lie inside it.</param>
internal sealed record AreaLimits(int MaxVertices, int MaxCrossings, string Crs, Envelope AreaOfUse)
{
    public static AreaLimits For(Options.AnalysisOptions options, IProjection projection) =>
        new(options.MaxVertices, options.MaxSelfIntersections, projection.Crs, projection.AreaOfUse);
}
