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
    /// <param name="areaOfUse">Where it measures well, in lon/lat (EPSG's area of use); the globe when null.</param>
    public ProjNetProjection(string crs, int srid, string wkt, Envelope? areaOfUse = null)
    {
        var target = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(wkt);
        var transform = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84, target);
        _forward = transform.MathTransform;
        _inverse = transform.MathTransform.Inverse();
        Crs = crs;
        AreaOfUse = areaOfUse ?? new Envelope(-180, 180, -90, 90);
        MetresPerUnit = target.LinearUnit.MetersPerUnit;
        _projectedFactory = new GeometryFactory(new PrecisionModel(), srid);
        _geographicFactory = new GeometryFactory(new PrecisionModel(), 4326);
    }

    /// <inheritdoc />
    public string Crs { get; }

    /// <inheritdoc />
    public double MetresPerUnit { get; }

    /// <inheritdoc />
    public Envelope AreaOfUse { get; }

    /// <inheritdoc />
    public Geometry Project(Geometry geometry) => Transform(geometry, _forward, _projectedFactory, Crs);

    /// <inheritdoc />
    public Geometry Unproject(Geometry geometry) => Transform(geometry, _inverse, _geographicFactory, "EPSG:4326");

    private static Geometry Transform(Geometry geometry, MathTransform transform, GeometryFactory factory, string target)
    {
        var copy = factory.CreateGeometry(geometry);
        copy.Apply(new TransformFilter(transform, target));
        copy.GeometryChanged();
        return copy;
    }

    // MathTransform.Transform(double[]) allocates; the (ref x, ref y) overload does not, and is thread-safe. Where the
    // projection is undefined (a conic's far pole) ProjNet throws its own exceptions or gives infinities: either is
    // one ProjectionDomainException, which callers can tell from a bug.
    private sealed class TransformFilter(MathTransform transform, string target) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (inX, inY) = (seq.GetX(i), seq.GetY(i));
            var (x, y) = (inX, inY);
            try
            {
                transform.Transform(ref x, ref y);
            }
            catch (Exception e) when (e is ArgumentException or ArithmeticException or InvalidOperationException)
            {
                throw new ProjectionDomainException(target, inX, inY);
            }

            if (!double.IsFinite(x) || !double.IsFinite(y))
            {
                throw new ProjectionDomainException(target, inX, inY);
            }

            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
