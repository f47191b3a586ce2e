using NetTopologySuite.Geometries;

namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// A WKT geometry or a <c>BBOX(w,s,e,n)</c>, in EPSG:4326 lon/lat (SRID 4326), already valid. A BBOX is kept as its
/// envelope's geometry (a point or a line when it has no area, as in NTS).
/// </summary>
/// <param name="IsBbox">Written as <c>BBOX(...)</c> rather than WKT.</param>
public sealed record GeometryLiteral(Geometry Geometry, bool IsBbox = false) : ScalarExpression
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Geometry;

    /// <summary>Equal when the geometries are exactly equal, vertex for vertex.</summary>
    public bool Equals(GeometryLiteral? other) =>
        other is not null && IsBbox == other.IsBbox && Geometry.EqualsExact(other.Geometry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Geometry.NumPoints, IsBbox);
}
