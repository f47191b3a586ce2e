using NetTopologySuite.Features;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using Tile = NetTopologySuite.IO.VectorTiles.Tiles.Tile;

namespace OpportunityMap.Server.Tests;

/// <summary>Reads tiles back with NetTopologySuite's own Mapbox reader: an independent decoder.</summary>
internal static class TileDecoding
{
    public static async Task<byte[]> GetTile(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}");
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        return bytes;
    }

    /// <summary>The tile's features by layer name, geometry in lon/lat.</summary>
    public static Dictionary<string, IList<IFeature>> Decode(byte[] tile, int z, int x, int y)
    {
        using var stream = new MemoryStream(tile);
        var decoded = new MapboxTileReader().Read(stream, new Tile(x, y, z));
        return decoded.Layers.ToDictionary(l => l.Name, l => l.Features);
    }

    /// <summary>The XYZ tiles at zoom <paramref name="z"/> that cover <paramref name="box"/> (lon/lat).</summary>
    public static IEnumerable<(int X, int Y)> Covering(Envelope box, int z)
    {
        var (minX, maxY) = TileOf(box.MinX, box.MinY, z);
        var (maxX, minY) = TileOf(box.MaxX, box.MaxY, z);
        for (var x = minX; x <= maxX; x++)
        {
            for (var y = minY; y <= maxY; y++)
            {
                yield return (x, y);
            }
        }
    }

    public static (int X, int Y) TileOf(double lon, double lat, int z)
    {
        var n = 1 << z;
        var latRad = lat * Math.PI / 180;
        var x = (int)Math.Floor((lon + 180) / 360 * n);
        var y = (int)Math.Floor((1 - (Math.Log(Math.Tan(latRad) + (1 / Math.Cos(latRad))) / Math.PI)) / 2 * n);
        return (x, y);
    }

    /// <summary>The lon/lat box of a tile.</summary>
    public static Envelope Bounds(int z, int x, int y)
    {
        var n = 1 << z;
        static double Lat(double row, int n) => Math.Atan(Math.Sinh(Math.PI * (1 - (2 * row / n)))) * 180 / Math.PI;
        return new Envelope((x * 360.0 / n) - 180, ((x + 1) * 360.0 / n) - 180, Lat(y + 1, n), Lat(y, n));
    }
}
