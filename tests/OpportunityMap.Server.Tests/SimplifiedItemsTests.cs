using NetTopologySuite.Features;

namespace OpportunityMap.Server.Tests;

public sealed class SimplifiedItemsTests(RealDataApp app)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("zip-mobility", 8)]
    [InlineData("zip-mobility", 12)]
    [InlineData("tract-mobility", 8)]
    [InlineData("tract-mobility", 10)]
    [InlineData("neighborhoods", 8)]
    [InlineData("redlining-1935", 8)]
    public async Task Items_Zoom_NeighboursStillShareTheirBorders(string collection, int zoom)
    {
        var original = await Geometries($"/collections/{collection}/items?limit=10000");
        var simplified = await Geometries($"/collections/{collection}/items?limit=10000&zoom={zoom}");

        Assert.Equal(original.Keys, simplified.Keys);
        Assert.All(simplified, pair => Assert.True(!pair.Value.IsEmpty && pair.Value.IsValid, $"{pair.Key}: {pair.Value.AsText()}"));
        var projected = simplified.Values.Select(Projections.NorthCarolinaFeet.Project).ToArray();
        var (overlap, sum) = (0.0, projected.Sum(g => g.Area));
        for (var i = 0; i < projected.Length; i++)
        {
            for (var j = i + 1; j < projected.Length; j++)
            {
                if (projected[i].EnvelopeInternal.Intersects(projected[j].EnvelopeInternal))
                {
                    overlap += projected[i].Intersection(projected[j]).Area;
                }
            }
        }

        // No overlaps (the union is the sum of the parts) and no new gaps (the union has no more holes than before).
        Assert.True(overlap < 1e-9 * sum, $"overlap {overlap} sq ft of {sum}");
        var union = new GeometryFactory().BuildGeometry(projected).Union();
        Assert.Equal(sum, union.Area, sum * 1e-9);
        var originalUnion = new GeometryFactory().BuildGeometry(original.Values.Select(Projections.NorthCarolinaFeet.Project).ToArray()).Union();
        Assert.True(Holes(union) <= Holes(originalUnion), $"{Holes(union)} holes after, {Holes(originalUnion)} before");
    }

    [Fact]
    public async Task Items_Zoom_VertexCountsFallAsZoomFalls()
    {
        var counts = new List<int>();
        foreach (var zoom in new[] { 8, 10, 12, 14, 15 })
        {
            counts.Add((await Geometries($"/collections/tract-mobility/items?limit=10000&zoom={zoom}")).Values.Sum(g => g.NumPoints));
        }

        var imported = (await Geometries("/collections/tract-mobility/items?limit=10000")).Values.Sum(g => g.NumPoints);
        Assert.True(counts.SequenceEqual(counts.Order()), string.Join(", ", counts));
        Assert.True(counts[0] < imported / 2, $"{counts[0]} of {imported}");
        Assert.Equal(imported, counts[^1]);
    }

    [Fact]
    public async Task Items_ZoomWithBboxAndFilter_KeepsTheQueryAndItsPaging()
    {
        var plain = await _client.GetGeoJson("/collections/redlining-1935/items?grade=D&limit=5");
        var zoomed = await _client.GetGeoJson("/collections/redlining-1935/items?grade=D&limit=5&zoom=9");

        Assert.Equal(plain.Ids(), zoomed.Ids());
        Assert.Equal(plain.GetProperty("numberMatched").GetInt32(), zoomed.GetProperty("numberMatched").GetInt32());
        Assert.Contains("zoom=9", zoomed.Link("next"), StringComparison.Ordinal);
        Assert.Equal(
            plain.GetProperty("features")[0].GetProperty("properties").GetRawText(),
            zoomed.GetProperty("features")[0].GetProperty("properties").GetRawText());
    }

    [Fact]
    public async Task Items_ZoomOnPoints_ReturnsThemUnchanged()
    {
        var plain = await _client.GetGeoJson("/collections/resources/items?category=library");
        var zoomed = await _client.GetGeoJson("/collections/resources/items?category=library&zoom=3");

        Assert.Equal(plain.GetProperty("features").GetRawText(), zoomed.GetProperty("features").GetRawText());
    }

    [Theory]
    [InlineData("23")]
    [InlineData("-1")]
    [InlineData("8.5")]
    [InlineData("near")]
    public async Task Items_BadZoom_IsAValidationProblem(string zoom)
    {
        var problem = await _client.GetProblem($"/collections/zip-mobility/items?zoom={zoom}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("zoom", out _), problem.ToString());
    }

    private async Task<SortedDictionary<string, Geometry>> Geometries(string url)
    {
        var json = await _client.GetGeoJson(url);
        var collection = json.Deserialize<FeatureCollection>(GeoJson)!;
        return new SortedDictionary<string, Geometry>(
            json.Ids().Zip(collection, (id, feature) => (id, feature.Geometry)).ToDictionary(p => p.id, p => p.Geometry), StringComparer.Ordinal);
    }

    private static int Holes(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries).Sum(i => geometry.GetGeometryN(i) is Polygon p ? p.NumInteriorRings : 0);
}
