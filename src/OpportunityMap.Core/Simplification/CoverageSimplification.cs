using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay.Snap;
using NetTopologySuite.Simplify;
using OpportunityMap.Core.Spatial;

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
    public static SimplifiedCoverage Simplify(IReadOnlyList<Geometry> geometries, double toleranceMetres, IProjection projection)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceMetres);
        if (geometries.Count == 0 || !geometries.All(g => g is IPolygonal && !g.IsEmpty))
        {
            return new SimplifiedCoverage(geometries, SimplificationMethod.None);
        }

        var projected = geometries.Select(projection.Project).ToArray();
        var tolerance = toleranceMetres / projection.MetresPerUnit;
        var isCoverage = CoverageValidator.IsValid(projected) || Repair(projected, RepairToleranceMetres / projection.MetresPerUnit);
        var simplified = isCoverage
            ? CoverageSimplifier.Simplify(projected, tolerance)
            : projected.Select(g => TopologyPreservingSimplifier.Simplify(g, tolerance)).ToArray();

        var result = new Geometry[geometries.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = SameType(projection.Unproject(simplified[i]), geometries[i]);
            if (result[i].IsEmpty || !result[i].IsValid)
            {
                // One bad result cannot be swapped for its original without breaking the shared borders: keep all.
                return new SimplifiedCoverage(geometries, SimplificationMethod.None);
            }
        }

        return new SimplifiedCoverage(result, isCoverage ? SimplificationMethod.Coverage : SimplificationMethod.EachPolygon);
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

    private static Geometry SameType(Geometry geometry, Geometry original) =>
        geometry is Polygon polygon && original is MultiPolygon
            ? geometry.Factory.CreateMultiPolygon([polygon])
            : geometry;
}
