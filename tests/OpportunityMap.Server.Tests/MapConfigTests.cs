using System.Text.Json;

namespace OpportunityMap.Server.Tests;

/// <summary>/map-config: the one home of the map's look, read by the page.</summary>
public sealed class MapConfigTests(RealDataApp app)
{
    [Theory]
    [InlineData("zip-mobility", 34)]
    [InlineData("tract-mobility", 228)]
    public async Task MapConfig_ChoroplethClasses_SplitTheLayersValuesIntoFiveNearlyEqualClasses(string collection, int withValue)
    {
        var config = await app.Client().GetJson("/map-config");
        var choropleth = config.GetProperty("choropleths").EnumerateArray().Single(c => c.GetProperty("collection").GetString() == collection);
        var property = choropleth.GetProperty("property").GetString()!;
        var classes = choropleth.GetProperty("classes").EnumerateArray()
            .Select(c => (Min: c.GetProperty("min").GetDouble(), Max: c.GetProperty("max").GetDouble())).ToList();
        var values = (await app.Client().GetGeoJson($"/collections/{collection}/items?limit=10000")).GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty(property))
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
