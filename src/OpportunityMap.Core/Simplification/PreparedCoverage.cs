namespace OpportunityMap.Core.Simplification;

/// <summary>
/// A layer's polygons ready to be simplified at any tolerance (<see cref="CoverageSimplification.Prepare"/>): the
/// decision whether they form a coverage, and its repair, are made once. Immutable and thread-safe.
/// </summary>
public sealed class PreparedCoverage
{
    internal PreparedCoverage(
        IReadOnlyList<Geometry> geometries, IReadOnlyList<Geometry> projected, IReadOnlyDictionary<Coordinate, Coordinate> originals,
        IProjection projection, SimplificationMethod method)
    {
        Geometries = geometries;
        Projected = projected;
        Originals = originals;
        Projection = projection;
        Method = method;
    }

    /// <summary>How <see cref="Simplify"/> simplifies: as one coverage, each polygon alone, or not at all.</summary>
    public SimplificationMethod Method { get; }

    internal IReadOnlyList<Geometry> Geometries { get; }

    internal IReadOnlyList<Geometry> Projected { get; }

    internal IReadOnlyDictionary<Coordinate, Coordinate> Originals { get; }

    internal IProjection Projection { get; }

    /// <summary>The polygons simplified by <paramref name="toleranceMetres"/>, as <see cref="CoverageSimplification.Simplify"/> does.</summary>
    public SimplifiedCoverage Simplify(double toleranceMetres) => CoverageSimplification.Simplify(this, toleranceMetres);
}
