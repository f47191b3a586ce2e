using NetTopologySuite.Features;

namespace OpportunityMap.Server.Tests;

public sealed class BboxTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    // Uptown Charlotte and the neighborhoods around it.
    private const double MinLon = -80.87, MinLat = 35.20, MaxLon = -80.82, MaxLat = 35.24;

    [Fact]
    public async Task Items_BboxAroundUptown_ReturnsTheHolcAreasThatLieThere()
    {
        var expected = HolcIdsIntersecting(new Envelope(MinLon, MaxLon, MinLat, MaxLat));

        var items = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={MinLon},{MinLat},{MaxLon},{MaxLat}");

        Assert.NotEmpty(expected);
        Assert.True(expected.Count < 34, "the box should not hold the whole city");
        Assert.Equal(expected.Order(StringComparer.Ordinal), items.Ids());
        Assert.Equal(expected.Count, items.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Items_BboxOutsideData_ReturnsEmptyCollection()
    {
        var items = await _client.GetGeoJson("/collections/redlining-1935/items?bbox=-70,40,-69,41");

        Assert.Equal(0, items.GetProperty("numberMatched").GetInt32());
        Assert.Empty(items.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public async Task Items_BboxWithHeights_UsesTheHorizontalBox()
    {
        var flat = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={MinLon},{MinLat},{MaxLon},{MaxLat}");
        var withHeights = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={MinLon},{MinLat},0,{MaxLon},{MaxLat},100");

        Assert.Equal(flat.Ids(), withHeights.Ids());
    }

    [Fact]
    public async Task Items_BboxAndFilter_BothApply()
    {
        var all = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={MinLon},{MinLat},{MaxLon},{MaxLat}");
        var d = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={MinLon},{MinLat},{MaxLon},{MaxLat}&grade=D");

        Assert.Equal(all.Ids().Where(id => id.StartsWith('D')), d.Ids());
    }

    // Independent of the service: straight from the source file with NTS.
    private static List<string> HolcIdsIntersecting(Envelope box)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var path = Path.Combine(TestPaths.Geodata, "holc", "charlotte_1935.geojson");
        var collection = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
        var boxGeometry = new GeometryFactory().ToGeometry(box);
        return [.. collection.Where(f => f.Geometry.Intersects(boxGeometry)).Select(f => (string)f.Attributes["holc_id"])];
    }
}
