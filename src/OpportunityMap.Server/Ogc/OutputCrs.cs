using NetTopologySuite.Geometries;
using OpportunityMap.Core.Spatial;
using OpportunityMap.Server.Sharing.Images;
using WebMercatorCrs = ProjNet.CoordinateSystems.ProjectedCoordinateSystem;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// A coordinate reference system the API can write features in and read a bbox in (OGC API - Features Part 2).
/// Features are stored in CRS84 (lon, lat); every other CRS is reached from there.
/// </summary>
internal sealed class OutputCrs
{
    // Points per edge when a box is carried into lon/lat: a projected straight edge is a curve in degrees, and its
    // corners alone would not cover it.
    private const int EdgeSteps = 32;

    private static readonly GeometryFactory LonLatFactory = new(new PrecisionModel(), 4326);

    private readonly IProjection? _projection;

    private OutputCrs(string uri, string code, IProjection? projection, bool latLon)
    {
        Uri = uri;
        Code = code;
        _projection = projection;
        IsLatLon = latLon;
    }

    public static OutputCrs Crs84 { get; } = new(ConformanceClasses.Crs84, "OGC:CRS84", null, latLon: false);

    public static OutputCrs Wgs84LatLon { get; } = new("http://www.opengis.net/def/crs/EPSG/0/4326", "EPSG:4326", null, latLon: true);

    public static OutputCrs WebMercator { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/3857", "EPSG:3857",
        new ProjNetProjection("EPSG:3857", 3857, WebMercatorCrs.WebMercator.WKT), latLon: false);

    public static OutputCrs NorthCarolinaFeet { get; } = new(
        "http://www.opengis.net/def/crs/EPSG/0/2264", "EPSG:2264", Projections.NorthCarolinaFeet, latLon: false);

    /// <summary>Every supported CRS, the default (CRS84) first.</summary>
    public static IReadOnlyList<OutputCrs> All { get; } = [Crs84, Wgs84LatLon, WebMercator, NorthCarolinaFeet];

    /// <summary>The CRS's URI, as <c>crs</c>, <c>bbox-crs</c> and <c>Content-Crs</c> name it.</summary>
    public string Uri { get; }

    /// <summary>The short form, e.g. <c>EPSG:2264</c>, also accepted as a parameter value.</summary>
    public string Code { get; }

    /// <summary>Whether the first axis is latitude (EPSG:4326's axis order, unlike CRS84's lon, lat).</summary>
    public bool IsLatLon { get; }

    public bool IsDefault => ReferenceEquals(this, Crs84);

    /// <summary>The value of the <c>Content-Crs</c> header.</summary>
    public string ContentCrsHeader => $"<{Uri}>";

    /// <summary>
    /// The CRS a parameter names: its URI (http or https), its short code (<c>EPSG:3857</c>), or CRS84's safe CURIE
    /// (<c>[OGC:CRS84]</c>); null when it is none of the supported ones.
    /// </summary>
    public static OutputCrs? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = text.Trim().TrimStart('[').TrimEnd(']');
        if (name.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            name = "http://" + name["https://".Length..];
        }

        foreach (var crs in All)
        {
            if (string.Equals(name, crs.Uri, StringComparison.OrdinalIgnoreCase) || string.Equals(name, crs.Code, StringComparison.OrdinalIgnoreCase))
            {
                return crs;
            }
        }

        return string.Equals(name, "CRS84", StringComparison.OrdinalIgnoreCase) ? Crs84 : null;
    }

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
    /// The lon/lat envelope that covers <paramref name="box"/>, a box in this CRS's axis order (minX, minY, maxX,
    /// maxY as the CRS's axes run); null when the box falls outside what the CRS can carry back to lon/lat.
    /// </summary>
    public Envelope? ToLonLat(Envelope box)
    {
        if (_projection is null)
        {
            return IsLatLon ? new Envelope(box.MinY, box.MaxY, box.MinX, box.MaxX) : box;
        }

        var ring = new Coordinate[(4 * EdgeSteps) + 1];
        for (var i = 0; i < EdgeSteps; i++)
        {
            var t = (double)i / EdgeSteps;
            ring[i] = new Coordinate(box.MinX + (t * box.Width), box.MinY);
            ring[EdgeSteps + i] = new Coordinate(box.MaxX, box.MinY + (t * box.Height));
            ring[(2 * EdgeSteps) + i] = new Coordinate(box.MaxX - (t * box.Width), box.MaxY);
            ring[(3 * EdgeSteps) + i] = new Coordinate(box.MinX, box.MaxY - (t * box.Height));
        }

        ring[^1] = ring[0];
        var lonLat = _projection.Unproject(LonLatFactory.CreateLineString(ring)).EnvelopeInternal;
        if (!double.IsFinite(lonLat.MinX) || !double.IsFinite(lonLat.MaxX) || !double.IsFinite(lonLat.MinY) || !double.IsFinite(lonLat.MaxY))
        {
            return null;
        }

        // A box past the edge of the projection may come back slightly beyond the world; clamp it to the world.
        return new Envelope(
            Math.Clamp(lonLat.MinX, -180, 180), Math.Clamp(lonLat.MaxX, -180, 180),
            Math.Clamp(lonLat.MinY, -90, 90), Math.Clamp(lonLat.MaxY, -90, 90));
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
