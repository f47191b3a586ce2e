namespace OpportunityMap.Server.Tests;

/// <summary>GeoJSON files served as extra collections by configuration (Geodata:Extra), as the benchmark harness needs.</summary>
public sealed class ExtraCollectionsTests : IAsyncDisposable
{
    private const string Points =
        """
        {"type":"FeatureCollection","features":[
         {"type":"Feature","properties":{"fid":1,"category":"park","name":"One","score":1.5,"open":true},"geometry":{"type":"Point","coordinates":[-80.84,35.22]}},
         {"type":"Feature","properties":{"fid":2,"category":"park","name":"Two","score":2,"open":false},"geometry":{"type":"Point","coordinates":[-80.80,35.25]}},
         {"type":"Feature","properties":{"fid":3,"category":"school","name":"Three","score":null,"open":true},"geometry":{"type":"Point","coordinates":[-81.00,35.40]}}
        ]}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("om-extra-").FullName;
    private readonly OpportunityMapFactory _factory;
    private readonly HttpClient _client;

    public ExtraCollectionsTests()
    {
        File.WriteAllText(Path.Combine(_directory, "points.geojson"), Points);
        _factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Store:Kind"] = "InMemory",
            ["Api:MaxLimit"] = "50",
            ["Geodata:ExtraDirectory"] = _directory,
            ["Geodata:Extra:0:Id"] = "points",
            ["Geodata:Extra:0:Path"] = "points.geojson",
            ["Geodata:Extra:0:Title"] = "Synthetic points",
            ["Geodata:Extra:0:IdProperty"] = "fid",
            ["Geodata:Extra:0:Queryables:0"] = "category",
            ["Geodata:Extra:0:MaxLimit"] = "100000",
            ["Geodata:Extra:0:Licence"] = "CC0 1.0",
            ["Geodata:Extra:0:LicenceUrl"] = "https://creativecommons.org/publicdomain/zero/1.0/",
            ["Geodata:Extra:0:Attribution"] = "Made up for a test",
        });
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task Collections_ListTheExtraCollectionAfterTheLayers_WithItsLicence()
    {
        var list = (await _client.GetJson("/collections")).GetProperty("collections").EnumerateArray().ToList();
        var points = await _client.GetJson("/collections/points");

        Assert.Equal("points", list[^1].GetProperty("id").GetString());
        Assert.Equal("Synthetic points", points.GetProperty("title").GetString());
        Assert.Equal("Made up for a test", points.GetProperty("attribution").GetString());
        Assert.Equal("https://creativecommons.org/publicdomain/zero/1.0/", points.Link("license"));
        Assert.Equal("Point", points.GetProperty("geometryType").GetString());
    }

    [Fact]
    public async Task Items_PropertyTypesComeFromTheData_AndTheIdFromIdProperty()
    {
        var two = await _client.GetGeoJson("/collections/points/items/2");
        var properties = two.GetProperty("properties");

        Assert.Equal("2", two.GetProperty("id").GetString());
        Assert.Equal(2, properties.GetProperty("fid").GetInt64());
        Assert.Equal(2.0, properties.GetProperty("score").GetDouble());
        Assert.False(properties.GetProperty("open").GetBoolean());
        var types = (await _client.GetJson("/collections/points")).GetProperty("properties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("type").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["fid"] = "integer", ["category"] = "string", ["name"] = "string", ["score"] = "number", ["open"] = "boolean" }, types);
    }

    [Fact]
    public async Task Items_ConfiguredQueryableAndBbox_Filter()
    {
        var parks = await _client.GetGeoJson("/collections/points/items?category=park");
        var uptown = await _client.GetGeoJson("/collections/points/items?bbox=-80.85,35.20,-80.79,35.26");

        Assert.Equal(["1", "2"], parks.Ids());
        Assert.Equal(["1", "2"], uptown.Ids());
        await _client.GetProblem("/collections/points/items?name=One", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Items_Limit100000_OnlyWhereConfigured_ElsewhereTheApiMaximum()
    {
        var all = await _client.GetGeoJson("/collections/points/items?limit=100001");
        var resources = await _client.GetGeoJson("/collections/resources/items?limit=100000");

        Assert.Equal(3, all.GetProperty("numberReturned").GetInt32());
        Assert.Equal(50, resources.GetProperty("numberReturned").GetInt32());
        Assert.Contains("limit=50&offset=50", resources.Link("next"));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }
}
