using NetTopologySuite.Algorithm;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// Polygon rings wound as RFC 7946 says for lon/lat (shells counter-clockwise, holes clockwise), reversing a ring
/// only when needed so that vertex order otherwise stays what CRS84 output writes.
/// </summary>
internal static class RingOrientation
{
    /// <summary>The geometry itself when it has no polygons; otherwise a copy with its rings wound the RFC 7946 way.</summary>
    public static Geometry Rfc7946(Geometry geometry) => geometry switch
    {
        Polygon polygon => Orient(polygon),
        MultiPolygon multi => multi.Factory.CreateMultiPolygon([.. multi.Geometries.Cast<Polygon>().Select(Orient)]),
        GeometryCollection collection when collection.Geometries.Any(g => g is Polygon or MultiPolygon or GeometryCollection) =>
            collection.Factory.CreateGeometryCollection([.. collection.Geometries.Select(Rfc7946)]),
        _ => geometry,
    };

    private static Polygon Orient(Polygon polygon) => polygon.Factory.CreatePolygon(
        Wind(polygon.Shell, counterClockwise: true),
        [.. polygon.Holes.Select(hole => Wind(hole, counterClockwise: false))]);

    private static LinearRing Wind(LinearRing ring, bool counterClockwise) =>
        ring.IsEmpty || Orientation.IsCCW(ring.CoordinateSequence) == counterClockwise ? ring : (LinearRing)ring.Reverse();
}
