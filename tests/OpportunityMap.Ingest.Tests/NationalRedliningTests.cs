namespace OpportunityMap.Ingest.Tests;

/// <summary>redlining-national against the raw national file, read here independently of the importer.</summary>
public sealed class NationalRedliningTests
{
    private static readonly Lazy<List<JsonElement>> RawFeatures = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Geodata, "holc", "national_2019.geojson")));
        return [.. document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").Clone())];
    });

    private static Task<LayerData> National() => RealDataImportTests.Layer("redlining-national");

    private static string? Text(LayerData layer, LayerFeature feature, string property) => (string?)feature.Values[layer.Metadata.IndexOf(property)];

    [Fact]
    public async Task National_Imports7499Areas_In152Cities_Of29States_LikeTheRawFile()
    {
        var layer = await National();
        var raw = RawFeatures.Value;

        Assert.Equal(7499, raw.Count);
        Assert.Equal(raw.Count, layer.Features.Count);
        Assert.Equal(152, raw.Select(p => (p.GetProperty("city").GetString(), p.GetProperty("state").GetString())).Distinct().Count());
        Assert.Equal(152, layer.Features.Select(f => Text(layer, f, "city_key")).Distinct().Count());
        Assert.Equal(29, layer.Features.Select(f => Text(layer, f, "state")).Distinct().Count());
        Assert.All(layer.Features, f => Assert.Equal("MultiPolygon", f.Geometry.GeometryType));
        Assert.Equal(layer.Features.Count, layer.Features.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public async Task National_GradesPerGrade_MatchTheRawFile_IncludingTheTwoEs()
    {
        var layer = await National();
        var expected = RawFeatures.Value.GroupBy(p => p.GetProperty("holc_grade").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var actual = layer.Features.GroupBy(f => Text(layer, f, "grade")!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(expected, actual);
        Assert.Equal(2, actual["E"]);
        Assert.Equal(["bronx-ny", "duluth-mn"], layer.Features.Where(f => Text(layer, f, "grade") == "E").Select(f => Text(layer, f, "city_key")).Order());
    }

    [Fact]
    public async Task National_Charlotte_HasTheSame34AreasAndGradesAsRedlining1935()
    {
        var national = await National();
        var charlotte = await RealDataImportTests.Layer("redlining-1935");
        var inNational = national.Features.Where(f => Text(national, f, "city_key") == "charlotte-nc")
            .ToDictionary(f => Text(national, f, "holc_id")!, f => Text(national, f, "grade"));
        var in1935 = charlotte.Features.ToDictionary(f => f.Id, f => (string?)f.Values[charlotte.Metadata.IndexOf("grade")]);

        Assert.Equal(34, inNational.Count);
        Assert.Equal(in1935.OrderBy(p => p.Key, StringComparer.Ordinal), inNational.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["A"] = 3, ["B"] = 7, ["C"] = 13, ["D"] = 11 },
            inNational.GroupBy(p => p.Value!).ToDictionary(g => g.Key, g => g.Count()));
    }

    [Fact]
    public async Task National_FeatureIds_AreTheCityKeyAndThePositionInTheCity()
    {
        var layer = await National();
        var firstBirmingham = layer.Features.Single(f => f.Id == "birmingham-al-001");

        Assert.Equal("A1", Text(layer, firstBirmingham, "holc_id"));
        Assert.Equal("Mountain Brook Estates and Country Club Gardens (outside city limits)", Text(layer, firstBirmingham, "name"));
        Assert.StartsWith("{ \"1a\" : \"Hilly and roling", Text(layer, firstBirmingham, "area_description"));
        Assert.Equal(254, Text(layer, firstBirmingham, "area_description")!.Length);
    }

    [Theory]
    [InlineData("Charlotte", "NC", "charlotte-nc")]
    [InlineData("St. Louis", "MO", "st-louis-mo")]
    [InlineData("Stamford, Darien, and New Canaan", "CT", "stamford-darien-and-new-canaan-ct")]
    [InlineData("Binghamton-Johnson City", "NY", "binghamton-johnson-city-ny")]
    public void CityKey_LowerCaseWordsJoinedByDashes(string city, string state, string expected) =>
        Assert.Equal(expected, Core.Nation.CityKeys.Of(city, state));
}
