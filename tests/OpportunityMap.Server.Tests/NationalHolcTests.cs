using System.Text.Json.Nodes;

namespace OpportunityMap.Server.Tests;

/// <summary>Every HOLC city: the redlining-national collection, its city filter and /api/holc-cities.</summary>
public sealed class NationalHolcTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task HolcCities_Lists152Cities_CharlotteWithItsGrades()
    {
        var cities = (await _client.GetJson("/api/holc-cities")).GetProperty("cities").EnumerateArray().ToList();
        var charlotte = cities.Single(c => c.GetProperty("key").GetString() == "charlotte-nc");
        var bbox = charlotte.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();

        Assert.Equal(152, cities.Count);
        Assert.Equal(7499, cities.Sum(c => c.GetProperty("areas").GetInt32()));
        Assert.Equal(("Charlotte", "NC", 34), (charlotte.GetProperty("city").GetString(), charlotte.GetProperty("state").GetString(), charlotte.GetProperty("areas").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { ["A"] = 3, ["B"] = 7, ["C"] = 13, ["D"] = 11 },
            charlotte.GetProperty("grades").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        // Uptown Charlotte lies inside the city's box, and the centre is the box's middle.
        Assert.InRange(-80.843, bbox[0], bbox[2]);
        Assert.InRange(35.227, bbox[1], bbox[3]);
        Assert.Equal((bbox[0] + bbox[2]) / 2, charlotte.GetProperty("centre")[0].GetDouble(), 9);
    }

    [Fact]
    public async Task Items_CityKeyFilter_ReturnsThatCitysAreasOnly()
    {
        var charlotte = await _client.GetGeoJson("/collections/redlining-national/items?city_key=charlotte-nc&limit=1000");
        var hazardous = await _client.GetGeoJson("/collections/redlining-national/items?city_key=charlotte-nc&grade=D");

        Assert.Equal(34, charlotte.GetProperty("numberMatched").GetInt32());
        Assert.All(charlotte.GetProperty("features").EnumerateArray(), f => Assert.Equal("Charlotte", f.GetProperty("properties").GetProperty("city").GetString()));
        Assert.Equal(11, hazardous.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Items_StateFilter_MatchesTheCityListsCounts()
    {
        var cities = (await _client.GetJson("/api/holc-cities")).GetProperty("cities").EnumerateArray();
        var expected = cities.Where(c => c.GetProperty("state").GetString() == "NC").Sum(c => c.GetProperty("areas").GetInt32());

        var northCarolina = await _client.GetGeoJson("/collections/redlining-national/items?state=NC&limit=1");

        Assert.True(expected > 34, $"NC areas {expected}");
        Assert.Equal(expected, northCarolina.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Queryables_AreTheGeometryCityKeyCityStateGradeAndHolcId()
    {
        var queryables = await _client.GetJson("/collections/redlining-national/queryables", "application/schema+json");

        Assert.Equal(["geometry", "city_key", "city", "state", "holc_id", "grade"], queryables.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task HolcCities_ManifestWithoutTheNationalLayer_Returns404Problem()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.ProjectGeodata, "manifest.json")))!;
        manifest["layers"]!.AsObject().Remove("redlining-national");
        var path = Path.Combine(Path.GetTempPath(), $"om-manifest-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, manifest.ToJsonString());
        try
        {
            await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
            {
                ["Geodata:Manifest"] = path,
                ["Store:Kind"] = "InMemory",
            });
            var client = factory.CreateClient();

            var problem = await client.GetProblem("/api/holc-cities", HttpStatusCode.NotFound);
            await client.GetProblem("/collections/redlining-national", HttpStatusCode.NotFound);
            Assert.Contains("redlining-national", problem.GetProperty("detail").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Startup_NationalHolcInBackground_ServesCharlotteThenAddsEveryCity()
    {
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Geodata:NationalHolc"] = "Background",
            ["Store:Kind"] = "InMemory",
        });
        var client = factory.CreateClient();
        var charlotte = await client.GetGeoJson("/collections/redlining-1935/items");

        // Bounded wait for the background import (not a timing assertion: only that it arrives).
        JsonElement? cities = null;
        for (var attempt = 0; attempt < 600 && cities is null; attempt++)
        {
            using var response = await client.GetAsync("/api/holc-cities", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                cities = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
            }
            else
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }

        Assert.Equal(34, charlotte.GetProperty("numberMatched").GetInt32());
        Assert.NotNull(cities);
        Assert.Equal(152, cities.Value.GetProperty("cities").GetArrayLength());
        var national = await client.GetGeoJson("/collections/redlining-national/items?city_key=charlotte-nc");
        Assert.Equal(34, national.GetProperty("numberMatched").GetInt32());
    }
}
