namespace OpportunityMap.Server.Tests;

public sealed class CollectionsTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Collections_ListsTheLayers_EachWithLicenceAndAttribution()
    {
        var collections = await _client.GetJson("/collections");
        var list = collections.GetProperty("collections").EnumerateArray().ToList();

        Assert.Equal(["redlining-1935", "zip-mobility", "tract-mobility", "resources", "neighborhoods", "municipalities", "zip-social-capital", "redlining-national"], list.Select(c => c.GetProperty("id").GetString()));
        foreach (var collection in list)
        {
            Assert.False(string.IsNullOrWhiteSpace(collection.GetProperty("attribution").GetString()));
            Assert.NotNull(collection.Link("license"));
            Assert.EndsWith("/items", collection.Link("items"));
            var bbox = collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
            // Mecklenburg County; every HOLC city spans the conterminous United States.
            var (west, east, south, north) = collection.GetProperty("id").GetString() == "redlining-national" ? (-125.0, -66.0, 24.0, 50.0) : (-81.2, -80.5, 34.9, 35.6);
            Assert.InRange(bbox[0].GetDouble(), west, east);
            Assert.InRange(bbox[1].GetDouble(), south, north);
            Assert.True(collection.GetProperty("sources").GetArrayLength() > 0);
        }
    }

    [Fact]
    public async Task Redlining_Attribution_NamesMappingInequality()
    {
        var collection = await _client.GetJson("/collections/redlining-1935");

        Assert.Contains("Mapping Inequality", collection.GetProperty("attribution").GetString());
        Assert.Contains("CC BY-NC-SA 4.0", collection.GetProperty("sources")[0].GetProperty("licence").GetString());
    }

    [Theory]
    [MemberData(nameof(CharlotteFacts.LayerCounts), MemberType = typeof(CharlotteFacts))]
    public async Task Items_WholeLayer_MatchesKnownCount(string collection, int expected)
    {
        var items = await _client.GetGeoJson($"/collections/{collection}/items?limit=1000");

        Assert.Equal(expected, items.GetProperty("numberMatched").GetInt32());
        Assert.Equal(expected, items.GetProperty("numberReturned").GetInt32());
        Assert.Equal("FeatureCollection", items.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("A", 3)]
    [InlineData("B", 7)]
    [InlineData("C", 13)]
    [InlineData("D", 11)]
    public async Task Items_FilterByGrade_Returns1935Counts(string grade, int expected)
    {
        var items = await _client.GetGeoJson($"/collections/redlining-1935/items?grade={grade}");

        Assert.Equal(expected, items.GetProperty("numberMatched").GetInt32());
        Assert.All(items.GetProperty("features").EnumerateArray(),
            f => Assert.Equal(grade, f.GetProperty("properties").GetProperty("grade").GetString()));
    }

    [Fact]
    public async Task Items_DefaultOrder_IsById()
    {
        var ids = (await _client.GetGeoJson("/collections/redlining-1935/items")).Ids().ToList();

        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Zip28207_ScoresHigherThan28208()
    {
        var eastover = await _client.GetGeoJson("/collections/zip-mobility/items/28207");
        var westside = await _client.GetGeoJson("/collections/zip-mobility/items/28208");

        var high = eastover.GetProperty("properties").GetProperty("household_income_p25").GetDouble();
        var low = westside.GetProperty("properties").GetProperty("household_income_p25").GetDouble();
        Assert.True(high > low, $"28207 {high} should exceed 28208 {low}");
        Assert.True(eastover.GetProperty("properties").GetProperty("rank").GetInt32() < westside.GetProperty("properties").GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task Item_HolcArea_KeepsHistoricalTextVerbatim()
    {
        var d8 = await _client.GetGeoJson("/collections/redlining-1935/items/D8");
        var properties = d8.GetProperty("properties");

        Assert.Equal("D", properties.GetProperty("grade").GetString());
        Assert.Equal("Hazardous", properties.GetProperty("category").GetString());
        Assert.Equal("Type of population, cheap construction", properties.GetProperty("detrimental_influences").GetString());
        Assert.Equal("Hilly", properties.GetProperty("area_description").GetProperty("2").GetString());
        Assert.EndsWith("/collections/redlining-1935/items/D8", d8.Link("self"));
    }

    [Fact]
    public async Task Items_FilterOnResourceCategory_ReturnsOnlyThatCategory()
    {
        var libraries = await _client.GetGeoJson("/collections/resources/items?category=library&limit=1000");

        Assert.Equal(24, libraries.GetProperty("numberMatched").GetInt32());
        Assert.Contains(libraries.GetProperty("features").EnumerateArray(),
            f => f.GetProperty("properties").GetProperty("name").GetString() == "Main Library");
    }

    [Fact]
    public async Task Items_SuppressedTract_IsNullAndFlagged()
    {
        var suppressed = await _client.GetGeoJson("/collections/tract-mobility/items?suppressed=true&limit=1000");

        Assert.Equal(5, suppressed.GetProperty("numberMatched").GetInt32());
        Assert.All(suppressed.GetProperty("features").EnumerateArray(), f =>
            Assert.Equal(System.Text.Json.JsonValueKind.Null, f.GetProperty("properties").GetProperty("household_income_p25").ValueKind));
    }
}
