namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// Leaflet's default projection (EPSG:3857) in pixels: at zoom z the world is 256·2^z pixels wide, y grows south.
/// The image is drawn in the same pixel space as the page's map, so a view looks the same in both.
/// </summary>
internal sealed class WebMercator
{
    public const double MaxLatitude = 85.0511287798;
    private const double TileSize = 256;

    private readonly double _scale;
    private readonly double _left;
    private readonly double _top;

    public WebMercator(double centreLat, double centreLon, int zoom, int width, int height)
    {
        _scale = TileSize * Math.Pow(2, zoom);
        var (x, y) = World(centreLon, centreLat);
        _left = x - (width / 2.0);
        _top = y - (height / 2.0);
        var (westLon, northLat) = Unproject(0, 0);
        var (eastLon, southLat) = Unproject(width, height);
        Bounds = new Envelope(Math.Max(westLon, -180), Math.Min(eastLon, 180), Math.Max(southLat, -MaxLatitude), Math.Min(northLat, MaxLatitude));
    }

    /// <summary>What the image shows, in lon/lat.</summary>
    public Envelope Bounds { get; }

    /// <summary>Metres on the ground per pixel at <paramref name="latitude"/>.</summary>
    public double MetresPerPixel(double latitude) => 2 * Math.PI * 6378137 * Math.Cos(latitude * Math.PI / 180) / _scale;

    public (float X, float Y) ToPixel(double lon, double lat)
    {
        var (x, y) = World(lon, lat);
        return ((float)(x - _left), (float)(y - _top));
    }

    private (double X, double Y) World(double lon, double lat)
    {
        var clamped = Math.Clamp(lat, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        var x = (lon + 180) / 360 * _scale;
        var y = (1 - (Math.Log(Math.Tan(clamped) + (1 / Math.Cos(clamped))) / Math.PI)) / 2 * _scale;
        return (x, y);
    }

    private (double Lon, double Lat) Unproject(double px, double py)
    {
        var x = px + _left;
        var y = py + _top;
        var lon = (x / _scale * 360) - 180;
        var lat = Math.Atan(Math.Sinh(Math.PI * (1 - (2 * y / _scale)))) * 180 / Math.PI;
        return (lon, lat);
    }
}
