namespace OpportunityMap.Core.Simplification;

/// <summary>How <see cref="CoverageSimplification"/> simplified a set of polygons.</summary>
public enum SimplificationMethod
{
    /// <summary>As a coverage: shared edges are simplified once, so neighbours stay without gaps or overlaps.</summary>
    Coverage,

    /// <summary>
    /// The polygons are not a coverage (they overlap, or edges cross), so each was simplified alone, keeping its own
    /// topology; neighbours may open slivers of up to the tolerance between them.
    /// </summary>
    EachPolygon,

    /// <summary>Not simplified: the input is not polygonal, or simplifying would have made an invalid geometry.</summary>
    None,
}
