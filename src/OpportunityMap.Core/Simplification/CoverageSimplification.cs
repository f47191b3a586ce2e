using NetTopologySuite.Coverage;
using NetTopologySuite.Operation.Overlay.Snap;
using NetTopologySuite.Simplify;

namespace OpportunityMap.Core.Simplification;

/// <summary>
/// Simplifies a layer's polygons together, so that borders shared by neighbours (ZIPs, tracts, neighborhoods) stay
/// shared: no gaps or overlaps open between them. The work is done in a projected CRS, so the tolerance is in
/// metres. Stateless and thread-safe.
/// </summary>
public static class CoverageSimplification
{
    // Vertices of neighbours closer than this are taken to be the same vertex when a near-coverage is repaired
    // (the ZIP boundaries have an edge that misses its neighbour's vertex by a few centimetres).
    private const double RepairToleranceMetres = 0.3;

    /// <summary>
    /// Simplifies <paramref name="geometries"/> (EPSG:4326, lon/lat) by <paramref name="toleranceMetres"/>, measured
    /// in <paramref name="projection"/>. Polygonal inputs that form a coverage (or do after snapping neighbours'
    /// vertices closer than 0.3 m together) are simplified as one coverage; other polygonal inputs one by one;
    /// anything else is returned unchanged. Each result keeps its input's geometry type (a MultiPolygon stays one).
    /// </summary>
    public static SimplifiedCoverage Simplify(IReadOnlyList<Geometry> geometries, double toleranceMetres, IProjection projection) =>
        SimplifyProjected(geometries, [.. geometries.Select(projection.Project)], toleranceMetres, projection);

    /// <summary>
    /// <see cref="Simplify"/> for geometries already projected: <paramref name="projectedGeometries"/>[i] is
    /// <paramref name="geometries"/>[i] in <paramref name="projection"/>'s CRS (neither list is changed).
    /// </summary>
    public static SimplifiedCoverage SimplifyProjected(
        IReadOnlyList<Geometry> geometries, IReadOnlyList<Geometry> projectedGeometries, double toleranceMetres, IProjection projection) =>
        Prepare(geometries, projectedGeometries, projection).Simplify(toleranceMetres);

    /// <summary>
    /// The work of <see cref="SimplifyProjected"/> that does not depend on the tolerance, done once for a layer
    /// simplified at several tolerances: whether the polygons form a coverage, after repairing it if they nearly do
    /// (seconds for large polygons that do not), and where each projected vertex came from.
    /// </summary>
    public static PreparedCoverage Prepare(IReadOnlyList<Geometry> geometries, IReadOnlyList<Geometry> projectedGeometries, IProjection projection)
    {
        if (geometries.Count == 0 || !geometries.All(g => g is IPolygonal && !g.IsEmpty))
        {
            return new PreparedCoverage(geometries, [], new Dictionary<Coordinate, Coordinate>(), projection, SimplificationMethod.None);
        }

        // A copy: the repair below replaces entries.
        var projected = projectedGeometries.ToArray();
        var originals = OriginalCoordinates(geometries, projected);
        var isCoverage = CoverageValidator.IsValid(projected) || Repair(projected, RepairToleranceMetres / projection.MetresPerUnit);
        return new PreparedCoverage(geometries, projected, originals, projection, isCoverage ? SimplificationMethod.Coverage : SimplificationMethod.EachPolygon);
    }

    /// <summary>Simplifies a prepared layer by <paramref name="toleranceMetres"/> (<see cref="PreparedCoverage.Simplify"/>).</summary>
    internal static SimplifiedCoverage Simplify(PreparedCoverage prepared, double toleranceMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceMetres);
        var (geometries, projection) = (prepared.Geometries, prepared.Projection);
        if (prepared.Method == SimplificationMethod.None)
        {
            return new SimplifiedCoverage(geometries, SimplificationMethod.None);
        }

        var tolerance = toleranceMetres / projection.MetresPerUnit;
        var simplified = prepared.Method == SimplificationMethod.Coverage
            ? CoverageSimplifier.Simplify([.. prepared.Projected], tolerance)
            : prepared.Projected.Select(g => TopologyPreservingSimplifier.Simplify(g, tolerance)).ToArray();

        var result = new Geometry[geometries.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = SameType(ToOriginal(simplified[i], prepared.Originals, projection), geometries[i]);
            if (result[i].IsEmpty || !result[i].IsValid)
            {
                // One bad result cannot be swapped for its original without breaking the shared borders: keep all.
                return new SimplifiedCoverage(geometries, SimplificationMethod.None);
            }
        }

        return new SimplifiedCoverage(result, prepared.Method);
    }

    /// <summary>
    /// Snaps each polygon whose edges do not match its neighbours' onto those neighbours (vertices within
    /// <paramref name="tolerance"/> merge; a neighbour's vertex near an edge is inserted into it), in place.
    /// Returns whether the polygons then form a valid coverage.
    /// </summary>
    internal static bool Repair(Geometry[] coverage, double tolerance)
    {
        var invalid = CoverageValidator.Validate(coverage);
        for (var i = 0; i < coverage.Length; i++)
        {
            if (invalid[i] is null)
            {
                continue;
            }

            var near = coverage[i].EnvelopeInternal.Copy();
            near.ExpandBy(tolerance);
            for (var j = 0; j < coverage.Length; j++)
            {
                if (j != i && near.Intersects(coverage[j].EnvelopeInternal))
                {
                    coverage[i] = new GeometrySnapper(coverage[i]).SnapTo(coverage[j], tolerance);
                }
            }

            if (!coverage[i].IsValid)
            {
                return false;
            }
        }

        return CoverageValidator.IsValid(coverage);
    }

    // The simplifier keeps a subset of the input vertices (and the repair only copies neighbours' vertices), so each
    // output vertex is looked up in its original lon/lat rather than unprojected: the output keeps the source's
    // coordinates exactly (and their short decimals), and a border shared in the input stays identical.
    private static Dictionary<Coordinate, Coordinate> OriginalCoordinates(IReadOnlyList<Geometry> geometries, Geometry[] projected)
    {
        var originals = new Dictionary<Coordinate, Coordinate>();
        for (var i = 0; i < geometries.Count; i++)
        {
            var (source, target) = (geometries[i].Coordinates, projected[i].Coordinates);
            for (var j = 0; j < source.Length; j++)
            {
                originals.TryAdd(target[j], source[j]);
            }
        }

        return originals;
    }

    private static Geometry ToOriginal(Geometry simplified, IReadOnlyDictionary<Coordinate, Coordinate> originals, IProjection projection)
    {
        var result = projection.Unproject(simplified);
        result.Apply(new RestoreFilter(simplified.Coordinates, originals));
        return result;
    }

    private static Geometry SameType(Geometry geometry, Geometry original) =>
        geometry is Polygon polygon && original is MultiPolygon
            ? geometry.Factory.CreateMultiPolygon([polygon])
            : geometry;

    private sealed class RestoreFilter(Coordinate[] projected, IReadOnlyDictionary<Coordinate, Coordinate> originals) : ICoordinateSequenceFilter
    {
        private int _next;

        public bool Done => _next >= projected.Length;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            if (originals.TryGetValue(projected[_next++], out var original))
            {
                seq.SetX(i, original.X);
                seq.SetY(i, original.Y);
            }
        }
    }
}
