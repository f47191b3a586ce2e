namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// A WKT geometry or a <c>BBOX(w,s,e,n)</c>, in EPSG:4326 lon/lat (SRID 4326), already valid. A BBOX is kept as its
/// envelope's geometry (a point or a line when it has no area, as in NTS); one with west &gt; east crosses the
/// antimeridian (CQL2, OGC API - Features) and is kept as its two parts, west to 180 and -180 to east.
/// </summary>
/// <param name="IsBbox">Written as <c>BBOX(...)</c> rather than WKT.</param>
public sealed record GeometryLiteral(Geometry Geometry, bool IsBbox = false) : ScalarExpression
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Geometry;

    /// <summary>The BBOX west, south, east, north (west &gt; east when it crosses the antimeridian).</summary>
    /// <exception cref="InvalidOperationException">It is not a BBOX.</exception>
    public (double West, double South, double East, double North) Bounds
    {
        get
        {
            if (!IsBbox)
            {
                throw new InvalidOperationException("Not a BBOX.");
            }

            var box = Geometry.EnvelopeInternal;
            return Geometry.NumGeometries == 2
                ? (Geometry.GetGeometryN(0).EnvelopeInternal.MinX, box.MinY, Geometry.GetGeometryN(1).EnvelopeInternal.MaxX, box.MaxY)
                : (box.MinX, box.MinY, box.MaxX, box.MaxY);
        }
    }

    /// <summary>The BBOX from <paramref name="west"/> to <paramref name="east"/>, across the antimeridian when west &gt; east.</summary>
    /// <remarks>Longitudes in [-180, 180], latitudes in [-90, 90] with south &lt;= north.</remarks>
    public static GeometryLiteral Bbox(double west, double south, double east, double north) => new(
        west <= east
            ? Factory.ToGeometry(new Envelope(west, east, south, north))
            : Factory.BuildGeometry([Factory.ToGeometry(new Envelope(west, 180, south, north)), Factory.ToGeometry(new Envelope(-180, east, south, north))]),
        IsBbox: true);

    /// <summary>Equal when the geometries are exactly equal, vertex for vertex.</summary>
    public bool Equals(GeometryLiteral? other) =>
        other is not null && IsBbox == other.IsBbox && Geometry.EqualsExact(other.Geometry);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Geometry.NumPoints, IsBbox);
}
