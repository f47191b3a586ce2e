using WebMercatorCrs = ProjNet.CoordinateSystems.ProjectedCoordinateSystem;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// A coordinate reference system the API can write features in and read a bbox in (OGC API - Features Part 2).
/// Features are stored in CRS84 (lon, lat); every other CRS is reached from there.
/// </summary>
internal sealed class OutputCrs
{
    /// <summary>The longest edge between two vertices of a box carried into lon/lat.</summary>
    public const double MaxSegmentMetres = 30;

    // A box as large as a continent still has at most this many vertices per edge.
    private const int MaxEdgeSteps = 1024;

    private static readonly GeometryFactory LonLatFactory = new(new PrecisionModel(), 4326);

    private readonly IProjection? _projection;

    // Whether the CRS's axes map onto meridians and parallels, so that a box in it is a lon/lat box (Web Mercator).
    private readonly bool _followsGraticule;

    private OutputCrs(string uri, string code, IProjection? projection, bool latLon, bool followsGraticule = true)
    {
        Uri = uri;
        Code = code;
        _projection = projection;
        IsLatLon = latLon;
        _followsGraticule = followsGraticule;
    }

    public static OutputCrs Crs84 { get; } = new(ConformanceClasses.Crs84, "OGC:CRS84", null, latLon: false);

    public static OutputCrs Wgs84LatLon { get; } = new("http://www.opengis.net/def/crs/EPSG/0/4326", "EPSG:4326", null, latLon: true);

    public static OutputCrs WebMercator { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/3857", "EPSG:3857",
        new ProjNetProjection("EPSG:3857", 3857, WebMercatorCrs.WebMercator.WKT), latLon: false);

    public static OutputCrs NorthCarolinaFeet { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/2264", "EPSG:2264", Projections.NorthCarolinaFeet, latLon: false, followsGraticule: false);

    /// <summary>Every supported CRS, the default (CRS84) first.</summary>
    public static IReadOnlyList<OutputCrs> All { get; } = [Crs84, Wgs84LatLon, WebMercator, NorthCarolinaFeet];

    /// <summary>The CRS's URI, as <c>crs</c>, <c>bbox-crs</c> and <c>Content-Crs</c> name it.</summary>
    public string Uri { get; }

    /// <summary>The short form, e.g. <c>EPSG:2264</c>, for people.</summary>
    public string Code { get; }

    /// <summary>Whether the first axis is latitude (EPSG:4326's axis order, unlike CRS84's lon, lat).</summary>
    public bool IsLatLon { get; }

    public bool IsDefault => ReferenceEquals(this, Crs84);

    /// <summary>The value of the <c>Content-Crs</c> header.</summary>
    public string ContentCrsHeader => $"<{Uri}>";

    /// <summary>
    /// The CRS a parameter names: exactly one of the URIs each collection lists in its <c>crs</c> (OGC API - Features
    /// Part 2 allows no other form); null otherwise.
    /// </summary>
    public static OutputCrs? Find(string? text) => All.FirstOrDefault(crs => string.Equals(text, crs.Uri, StringComparison.Ordinal));

    /// <summary>A copy of <paramref name="lonLat"/> (CRS84) in this CRS; the geometry itself when this is CRS84.</summary>
    public Geometry FromLonLat(Geometry lonLat)
    {
        if (_projection is not null)
        {
            return _projection.Project(lonLat);
        }

        if (!IsLatLon)
        {
            return lonLat;
        }

        var swapped = lonLat.Copy();
        swapped.Apply(SwapAxes.Instance);
        swapped.GeometryChanged();
        return swapped;
    }

    /// <summary>
    /// The area of <paramref name="box"/>, a box in this CRS's axis order (minX, minY, maxX, maxY as the CRS's axes
    /// run), in lon/lat: a lon/lat box itself where this CRS's axes follow meridians and parallels (CRS84, EPSG:4326,
    /// Web Mercator), else the box's outline densified to vertices at most <see cref="MaxSegmentMetres"/> apart, so that
    /// a projected straight edge, a curve in degrees, is followed to well under a millimetre. Null when the box falls
    /// outside what the CRS can carry back to lon/lat.
    /// </summary>
    public Geometry? ToLonLat(Envelope box)
    {
        if (_projection is null)
        {
            return LonLatFactory.ToGeometry(IsLatLon ? new Envelope(box.MinY, box.MaxY, box.MinX, box.MaxX) : box);
        }

        var steps = _followsGraticule ? 1
            : (int)Math.Clamp(Math.Ceiling(Math.Max(box.Width, box.Height) * _projection.MetresPerUnit / MaxSegmentMetres), 1, MaxEdgeSteps);
        var ring = new Coordinate[(4 * steps) + 1];
        for (var i = 0; i < steps; i++)
        {
            var t = (double)i / steps;
            ring[i] = new Coordinate(box.MinX + (t * box.Width), box.MinY);
            ring[steps + i] = new Coordinate(box.MaxX, box.MinY + (t * box.Height));
            ring[(2 * steps) + i] = new Coordinate(box.MaxX - (t * box.Width), box.MaxY);
            ring[(3 * steps) + i] = new Coordinate(box.MinX, box.MaxY - (t * box.Height));
        }

        ring[^1] = ring[0];
        var lonLat = _projection.Unproject(LonLatFactory.CreatePolygon(ring));
        if (lonLat.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            return null;
        }

        if (_followsGraticule)
        {
            // A box past the edge of the projection comes back slightly beyond the world; clamp it to the world.
            var e = lonLat.EnvelopeInternal;
            return LonLatFactory.ToGeometry(new Envelope(
                Math.Clamp(e.MinX, -180, 180), Math.Clamp(e.MaxX, -180, 180), Math.Clamp(e.MinY, -90, 90), Math.Clamp(e.MaxY, -90, 90)));
        }

        return lonLat.Coordinates.All(c => Math.Abs(c.X) <= 180 && Math.Abs(c.Y) <= 90) ? lonLat : null;
    }

    public override string ToString() => Uri;

    private sealed class SwapAxes : ICoordinateSequenceFilter
    {
        public static readonly SwapAxes Instance = new();

        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var x = seq.GetX(i);
            seq.SetX(i, seq.GetY(i));
            seq.SetY(i, x);
        }
    }
}
