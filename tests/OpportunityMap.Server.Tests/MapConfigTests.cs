namespace OpportunityMap.Server.Tests;

/// <summary>/map-config: the one home of the map's look, read by the page.</summary>
public sealed class MapConfigTests(RealDataApp app)
{
    [Theory]
    [InlineData("zip-mobility", 31)]
    [InlineData("tract-mobility", 226)]
    public async Task MapConfig_ChoroplethClasses_SplitTheLayersValuesIntoFiveNearlyEqualClasses(string collection, int withValue)
    {
        // The values with enough children behind them (docs/data.md, "Small numbers"): the others are drawn as no data.
        var config = await app.Client().GetJson("/map-config");
        var choropleth = config.GetProperty("choropleths").EnumerateArray()
            .Single(c => c.GetProperty("collection").GetString() == collection && c.GetProperty("group").GetString() == "all");
        var property = choropleth.GetProperty("property").GetString()!;
        var classes = choropleth.GetProperty("classes").EnumerateArray()
            .Select(c => (Min: c.GetProperty("min").GetDouble(), Max: c.GetProperty("max").GetDouble())).ToList();
        var values = (await app.Client().GetGeoJson($"/collections/{collection}/items?limit=10000")).GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties")).Where(p => !p.GetProperty("too_few_children").GetBoolean())
            .Select(p => p.GetProperty(property))
            .Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).Order().ToList();

        Assert.Equal(withValue, values.Count);
        Assert.Equal(config.GetProperty("palette").GetProperty("classes").GetArrayLength(), classes.Count);
        // Every value in exactly one class, the classes ascending and touching no value twice, sizes within one of equal.
        var counts = classes.Select(c => values.Count(v => v >= c.Min && v <= c.Max)).ToList();
        Assert.Equal(values.Count, counts.Sum());
        Assert.Equal(values[0], classes[0].Min);
        Assert.Equal(values[^1], classes[^1].Max);
        Assert.All(classes.Zip(classes.Skip(1)), pair => Assert.True(pair.First.Max < pair.Second.Min));
        Assert.True(counts.Max() - counts.Min() <= 2, string.Join(", ", counts));
        Assert.All(classes, c => Assert.Contains(c.Min, values));
        Assert.All(classes, c => Assert.Contains(c.Max, values));
    }

    [Theory]
    [InlineData("zip-mobility", "children_black", "children_white")]
    [InlineData("tract-mobility", "kid_black_n", "kid_white_n")]
    public async Task MapConfig_BlackAndWhiteChildren_ShareOneSetOfClasses_OverValuesWithEnoughChildren(string collection, string black, string white)
    {
        var config = await app.Client().GetJson("/map-config");
        var groups = config.GetProperty("choropleths").EnumerateArray().Where(c => c.GetProperty("collection").GetString() == collection)
            .ToDictionary(c => c.GetProperty("group").GetString()!);
        var features = (await app.Client().GetGeoJson($"/collections/{collection}/items?limit=10000")).GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties")).ToList();
        var values = new[] { ("kir_black_p25", black), ("kir_white_p25", white) }
            .SelectMany(g => features.Where(p => p.GetProperty(g.Item2).ValueKind == JsonValueKind.Number && p.GetProperty(g.Item2).GetDouble() >= 100)
                .Select(p => p.GetProperty(g.Item1)).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()))
            .Order().ToList();

        Assert.Equal(["all", "black", "white"], groups.Keys.Order());
        Assert.Equal(groups["black"].GetProperty("classes").ToString(), groups["white"].GetProperty("classes").ToString());
        Assert.Equal((black, white), (groups["black"].GetProperty("children").GetString(), groups["white"].GetProperty("children").GetString()));
        Assert.Equal(values[0], groups["black"].GetProperty("classes")[0].GetProperty("min").GetDouble());
        Assert.Equal(values[^1], groups["black"].GetProperty("classes")[4].GetProperty("max").GetDouble());
        Assert.Equal(100, groups["all"].GetProperty("minimumChildren").GetDouble());
    }

    [Fact]
    public async Task MapConfig_ZoomBands_AreTheBandsItemsZoomSimplifiesFor()
    {
        var config = await app.Client().GetJson("/map-config");
        var bands = config.GetProperty("zoomBands").EnumerateArray().Select(b => b.GetInt32()).ToList();

        Assert.Equal(bands.Order(), bands);
        // Zooms within one band give the same geometry; the next band's first zoom gives other geometry.
        foreach (var top in bands)
        {
            Assert.Equal(await LayerGeometry(top), await LayerGeometry(Math.Max(0, top - 1)));
            Assert.NotEqual(await LayerGeometry(top), await LayerGeometry(top + 1));
        }
    }

    private async Task<string> LayerGeometry(int zoom) =>
        string.Join('\n', (await app.Client().GetGeoJson($"/collections/tract-mobility/items?limit=10000&zoom={zoom}")).GetProperty("features")
            .EnumerateArray().Select(f => f.GetProperty("geometry").GetRawText()));

    [Fact]
    public async Task MapConfig_View_IsWhatAViewWithoutParametersShows()
    {
        var config = await app.Client().GetJson("/map-config");
        var view = config.GetProperty("view");
        var centre = view.GetProperty("centre").EnumerateArray().Select(c => c.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var layers = string.Join(',', config.GetProperty("defaultLayers").EnumerateArray().Select(l => l.GetString()));
        var explicitView = $"/map.png?c={centre[0]},{centre[1]}&z={view.GetProperty("zoom").GetInt32()}&layers={layers}" +
            $"&opacity={view.GetProperty("opacity").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}";

        var plain = await app.Client().GetByteArrayAsync("/map.png", TestContext.Current.CancellationToken);
        var spelledOut = await app.Client().GetByteArrayAsync(explicitView, TestContext.Current.CancellationToken);

        Assert.Equal(plain, spelledOut);
    }

    [Fact]
    public async Task MapConfig_Palette_NamesEveryResourceCategoryOfTheData_AndDefaultLayersExist()
    {
        var config = await app.Client().GetJson("/map-config");
        var palette = config.GetProperty("palette");
        var colours = palette.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("category").GetString()).ToHashSet();
        var categories = (await app.Client().GetGeoJson("/collections/resources/items?limit=10000")).GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("category").GetString()).ToHashSet();
        var collections = (await app.Client().GetJson("/collections")).GetProperty("collections").EnumerateArray()
            .Select(c => c.GetProperty("id").GetString()).ToHashSet();

        Assert.Subset(colours, categories);
        Assert.All(config.GetProperty("defaultLayers").EnumerateArray(), id => Assert.Contains(id.GetString(), collections));
        Assert.All(palette.GetProperty("classes").EnumerateArray(), c => Assert.Matches("^#[0-9a-f]{6}$", c.GetString()));
    }
}
