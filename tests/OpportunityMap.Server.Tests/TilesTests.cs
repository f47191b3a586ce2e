namespace OpportunityMap.Server.Tests;

public sealed class TilesTests(RealDataApp app)
{
    // Uptown Charlotte, in ZIP 28202.
    private const double UptownLon = -80.8431;
    private const double UptownLat = 35.2271;
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Tile_OverUptown_DecodesToTheZipLayerWithinTheTile()
    {
        var (x, y) = TileDecoding.TileOf(UptownLon, UptownLat, 12);

        var layers = TileDecoding.Decode(await _client.GetTile($"/collections/zip-mobility/tiles/12/{x}/{y}"), 12, x, y);

        var features = Assert.Single(layers, l => l.Key == "zip-mobility").Value;
        var ids = features.Select(f => (string)f.Attributes["id"]).ToList();
        Assert.Contains("28202", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var uptown = features.Single(f => (string)f.Attributes["id"] == "28202");
        Assert.Equal("28202", uptown.Attributes["zipcode"]);
        Assert.True(uptown.Geometry.Covers(new GeometryFactory().CreatePoint(new Coordinate(UptownLon, UptownLat))));
        var allowed = TileDecoding.Bounds(12, x, y);
        // The buffer is 64 of 4096 units; a little more for Mercator being non-linear in latitude.
        allowed.ExpandBy(allowed.Width * 68 / 4096, allowed.Height * 68 / 4096);
        Assert.All(features, f =>
        {
            Assert.IsAssignableFrom<IPolygonal>(f.Geometry);
            Assert.True(allowed.Contains(f.Geometry.EnvelopeInternal), $"{f.Attributes["id"]}: {f.Geometry.EnvelopeInternal} outside {allowed}");
            Assert.True(f.Geometry.IsValid, f.Geometry.AsText());
        });
    }

    [Theory]
    [InlineData("tract-mobility", 13)]
    [InlineData("neighborhoods", 11)]
    [InlineData("zip-mobility", 9)]
    [InlineData("resources", 14)]
    public async Task Tiles_CoveringABbox_HoldEveryFeatureOfTheBboxQuery(string collection, int z)
    {
        var box = new Envelope(-80.87, -80.82, 35.20, 35.24);
        var items = await _client.GetGeoJson($"/collections/{collection}/items?bbox=-80.87,35.20,-80.82,35.24&limit=10000");
        var expected = items.Ids().ToHashSet();
        Assert.NotEmpty(expected);

        var inTiles = new HashSet<string>();
        foreach (var (x, y) in TileDecoding.Covering(box, z))
        {
            var layers = TileDecoding.Decode(await _client.GetTile($"/collections/{collection}/tiles/{z}/{x}/{y}.mvt"), z, x, y);
            inTiles.UnionWith(layers[collection].Select(f => (string)f.Attributes["id"]));
        }

        Assert.Subset(inTiles, expected);
    }

    [Fact]
    public async Task Tile_Resources_ArePointsWithTheirCategory()
    {
        var (x, y) = TileDecoding.TileOf(UptownLon, UptownLat, 11);

        var features = TileDecoding.Decode(await _client.GetTile($"/collections/resources/tiles/11/{x}/{y}.pbf"), 11, x, y)["resources"];

        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.IsAssignableFrom<IPuntal>(f.Geometry);
            Assert.StartsWith((string)f.Attributes["category"] + "-", (string)f.Attributes["id"], StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Tile_OgcForm_IsTheSameTileAsXyz()
    {
        var (x, y) = TileDecoding.TileOf(UptownLon, UptownLat, 10);

        var xyz = await _client.GetTile($"/collections/tract-mobility/tiles/10/{x}/{y}");
        var ogc = await _client.GetTile($"/collections/tract-mobility/tiles/WebMercatorQuad/10/{y}/{x}");

        Assert.NotEmpty(xyz);
        Assert.Equal(xyz, ogc);
    }

    [Fact]
    public async Task Tile_FarFromMecklenburg_IsEmpty()
    {
        var (x, y) = TileDecoding.TileOf(2.35, 48.85, 10);

        Assert.Empty(await _client.GetTile($"/collections/zip-mobility/tiles/10/{x}/{y}"));
    }

    [Fact]
    public async Task Tile_LowZoom_HasFewerVerticesThanHighZoomTilesOfTheSameArea()
    {
        // The whole county at zoom 8 (one or two tiles) against the imported geometry at zoom 15 over uptown's tile.
        var coarse = 0;
        foreach (var (x, y) in TileDecoding.Covering(new Envelope(-81.06, -80.55, 35.0, 35.52), 8))
        {
            var layers = TileDecoding.Decode(await _client.GetTile($"/collections/tract-mobility/tiles/8/{x}/{y}"), 8, x, y);
            coarse += layers.TryGetValue("tract-mobility", out var features) ? features.Sum(f => f.Geometry.NumPoints) : 0;
        }

        var full = await _client.GetGeoJson("/collections/tract-mobility/items?limit=10000");
        var imported = full.GetProperty("features").EnumerateArray().Sum(f => CountPositions(f.GetProperty("geometry").GetProperty("coordinates")));

        Assert.InRange(coarse, 1, imported / 2);
    }

    [Fact]
    public async Task Tile_AgainWithItsETag_Returns304()
    {
        const string url = "/collections/zip-mobility/tiles/9/141/202";
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("max-age=", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/collections/zip-mobility/tiles/23/0/0", "z")]
    [InlineData("/collections/zip-mobility/tiles/-1/0/0", "z")]
    [InlineData("/collections/zip-mobility/tiles/3/8/0", "x")]
    [InlineData("/collections/zip-mobility/tiles/3/0/8", "y")]
    [InlineData("/collections/zip-mobility/tiles/3/0/1.png", "y")]
    [InlineData("/collections/zip-mobility/tiles/3/0x1/1", "x")]
    [InlineData("/collections/zip-mobility/tiles/3/99999999999/1", "x")]
    [InlineData("/collections/zip-mobility/tiles/WebMercatorQuad/3/8/0", "tileRow")]
    [InlineData("/collections/zip-mobility/tiles/WebMercatorQuad/3/0/8", "tileCol")]
    [InlineData("/collections/zip-mobility/tiles/WebMercatorQuad/zz/0/0", "tileMatrix")]
    public async Task Tile_BadAddress_IsAProblemNamingTheParameter(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Tile_UnknownCollection_Is404()
    {
        await _client.GetProblem("/collections/nope/tiles/3/0/0", HttpStatusCode.NotFound);
        await _client.GetProblem("/collections/nope/tiles", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Collection_LinksItsTileset_WhichIsAlsoTileJson()
    {
        var collection = await _client.GetJson("/collections/neighborhoods");
        var tilesets = await _client.GetJson(new Uri(collection.Link("http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector")!).PathAndQuery);
        var tileset = tilesets.GetProperty("tilesets")[0];
        var self = new Uri(tileset.Link("self")!).PathAndQuery;

        var tileJson = await _client.GetJson(self);

        Assert.Equal("3.0.0", tileJson.GetProperty("tilejson").GetString());
        Assert.EndsWith("/collections/neighborhoods/tiles/{z}/{x}/{y}", tileJson.GetProperty("tiles")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("neighborhoods", tileJson.GetProperty("vector_layers")[0].GetProperty("id").GetString());
        var item = tileJson.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "item");
        Assert.True(item.GetProperty("templated").GetBoolean());
        Assert.EndsWith("/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}", item.GetProperty("href").GetString(), StringComparison.Ordinal);
    }

    private static int CountPositions(System.Text.Json.JsonElement coordinates) =>
        coordinates[0].ValueKind == System.Text.Json.JsonValueKind.Number ? 1 : coordinates.EnumerateArray().Sum(CountPositions);
}
