using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace OpportunityMap.Core.Spatial;

/// <summary>An <see cref="IProjection"/> through ProjNet, from EPSG:4326 to a CRS given as WKT.</summary>
public sealed class ProjNetProjection : IProjection
{
    private readonly MathTransform _forward;
    private readonly MathTransform _inverse;
    private readonly GeometryFactory _projectedFactory;
    private readonly GeometryFactory _geographicFactory;

    /// <param name="crs">The target CRS's code, e.g. <c>EPSG:2264</c>.</param>
    /// <param name="srid">Its SRID, set on projected geometries.</param>
    /// <param name="wkt">Its OGC WKT definition.</param>
    public ProjNetProjection(string crs, int srid, string wkt)
    {
        var target = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(wkt);
        var transform = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84, target);
        _forward = transform.MathTransform;
        _inverse = transform.MathTransform.Inverse();
        Crs = crs;
        MetresPerUnit = target.LinearUnit.MetersPerUnit;
        _projectedFactory = new GeometryFactory(new PrecisionModel(), srid);
        _geographicFactory = new GeometryFactory(new PrecisionModel(), 4326);
    }

    /// <inheritdoc />
    public string Crs { get; }

    /// <inheritdoc />
    public double MetresPerUnit { get; }

    /// <inheritdoc />
    public Geometry Project(Geometry geometry) => Transform(geometry, _forward, _projectedFactory);

    /// <inheritdoc />
    public Geometry Unproject(Geometry geometry) => Transform(geometry, _inverse, _geographicFactory);

    private static Geometry Transform(Geometry geometry, MathTransform transform, GeometryFactory factory)
    {
        var copy = factory.CreateGeometry(geometry);
        copy.Apply(new TransformFilter(transform));
        copy.GeometryChanged();
        return copy;
    }

    // MathTransform.Transform(double[]) allocates; the (ref x, ref y) overload does not, and is thread-safe.
    private sealed class TransformFilter(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var x = seq.GetX(i);
            var y = seq.GetY(i);
            transform.Transform(ref x, ref y);
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
