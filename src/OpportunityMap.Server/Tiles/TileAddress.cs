namespace OpportunityMap.Server.Tiles;

/// <summary>A tile of the Web Mercator quad tree (XYZ scheme: y = 0 at the north edge).</summary>
internal readonly record struct TileAddress(int Z, int X, int Y)
{
    public const int MaxZoom = 22;

    /// <summary>The number of tiles across (and down) at this zoom.</summary>
    public int Size => 1 << Z;

    /// <summary>The tile's position in tile units: (0, 0) its north-west corner, (extent, extent) its south-east.</summary>
    public (double X, double Y) ToTile(double lon, double lat, int extent)
    {
        var latRad = Math.Clamp(lat, -85.0511287798, 85.0511287798) * Math.PI / 180;
        var worldX = (lon + 180) / 360;
        var worldY = (1 - (Math.Log(Math.Tan(latRad) + (1 / Math.Cos(latRad))) / Math.PI)) / 2;
        return (((worldX * Size) - X) * extent, ((worldY * Size) - Y) * extent);
    }

    /// <summary>The lon/lat box of the tile grown by <paramref name="buffer"/> tile units of <paramref name="extent"/> on every side.</summary>
    public Envelope Bounds(int extent, int buffer)
    {
        var margin = (double)buffer / extent;
        var (west, north) = ToLonLat(X - margin, Y - margin);
        var (east, south) = ToLonLat(X + 1 + margin, Y + 1 + margin);
        return new Envelope(west, east, south, north);
    }

    private (double Lon, double Lat) ToLonLat(double tileX, double tileY)
    {
        var lon = (tileX / Size * 360) - 180;
        var lat = Math.Atan(Math.Sinh(Math.PI * (1 - (2 * tileY / Size)))) * 180 / Math.PI;
        return (lon, lat);
    }
}
