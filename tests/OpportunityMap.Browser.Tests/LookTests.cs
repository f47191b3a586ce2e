using System.Text.Json.Nodes;

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// The page draws in the server's look (/map-config): the class ranges, palette, zoom bands and default layers the
/// server publishes (and its own images use), never copies of its own; and says so when it cannot get them.
/// </summary>
public sealed partial class LookTests(MapServer server)
{
    [Fact]
    public async Task ZipPaths_AreFilledWithThePaletteColourOfTheirClass_InTheConfigsRanges()
    {
        var look = await MapLook.ReadAsync(server);
        var property = look.Property("zip-mobility");
        var incomes = (await Items("zip-mobility")).ToDictionary(
            f => f.GetProperty("properties").GetProperty("zipcode").GetString()!,
            // Too few children behind a value: drawn as no data (docs/data.md, "Small numbers").
            f => f.GetProperty("properties").GetProperty(property) is { ValueKind: JsonValueKind.Number } v
                && !f.GetProperty("properties").GetProperty("too_few_children").GetBoolean() ? v.GetDouble() : (double?)null);
        await using var map = await MapPage.OpenAsync(server);

        var paths = await map.Page.Locator("path.om-zip").EvaluateAllAsync<string[][]>(
            "paths => paths.map((p) => [p.getAttribute('aria-label'), getComputedStyle(p).fill])");

        Assert.Equal(incomes.Count, paths.Length);
        Assert.Contains(paths, p => p[0].StartsWith("ZIP 28208,", StringComparison.Ordinal));
        foreach (var (label, fill) in paths.Select(p => (p[0], p[1])))
        {
            if (incomes[ZipPattern().Match(label).Groups[1].Value] is { } income)
            {
                Assert.Equal(look.ClassColour("zip-mobility", income), fill);
            }
            else
            {
                Assert.StartsWith("url(", fill, StringComparison.Ordinal);
            }
        }

        Assert.Equal(look.Palette.GetProperty("holcOutline").GetString(), await map.Page.Locator("path.om-holc").First.GetAttributeAsync("stroke"));
        Assert.Equal(look.Palette.GetProperty("noData").GetString(), await map.Page.Locator("#om-nodata rect").GetAttributeAsync("fill"));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ResourceMarkers_AndTheirSwatches_HaveTheConfigsColourOfTheirCategory()
    {
        var look = await MapLook.ReadAsync(server);
        var categories = (await Items("resources")).Select(f => f.GetProperty("properties").GetProperty("category").GetString()!).Distinct().ToList();
        await using var map = await MapPage.OpenAsync(server, path: "/?z=15"); // every resource its own dot

        Assert.NotEmpty(categories);
        foreach (var category in categories)
        {
            var colour = look.ResourceColour(category);
            Assert.Equal([colour], (await map.Page.Locator($"path.om-resource-{category}").EvaluateAllAsync<string[]>(
                "markers => markers.map((m) => getComputedStyle(m).fill)")).Distinct());
            Assert.Equal(colour, await BackgroundOf(map.Page.Locator($".om-legend-resources .om-resource-{category}")));
            Assert.Equal(colour, await BackgroundOf(map.Page.Locator($".leaflet-control-layers .om-resource-{category}")));
        }
    }

    [Fact]
    public async Task Legends_ListTheConfigsClassRanges_InThePalettesColours_ForZipsAndTracts()
    {
        var look = await MapLook.ReadAsync(server);
        var colours = look.Palette.GetProperty("classes").EnumerateArray().Select(c => MapLook.Rgb(c.GetString()!)).ToList();
        await using var map = await MapPage.OpenAsync(server);
        await map.Overlay("census tract").CheckAsync();
        await Assertions.Expect(map.Page.Locator("path.om-tract")).ToHaveCountAsync(233);

        foreach (var (collection, section) in new[] { ("zip-mobility", ".om-legend-zip"), ("tract-mobility", ".om-legend-tract") })
        {
            var classes = look.Classes(collection);
            var ranges = map.Page.Locator($"{section} .om-legend-range");
            var rangeTexts = ranges.Locator(".om-legend-text");
            Assert.Equal(classes.Select(c => $"{Dollars(c.Min)} – {Dollars(c.Max)}"), (await rangeTexts.AllTextContentsAsync()).Select(t => t.Trim()));
            for (var i = 0; i < classes.Count; i++)
            {
                Assert.Equal(colours[i], await BackgroundOf(ranges.Nth(i).Locator(".om-swatch")));
            }
        }
    }

    [Fact]
    public async Task AnotherLook_FromTheServer_IsTheOneThePageDraws()
    {
        await using var map = await MapPage.CreateAsync(server);
        // Reversed class colours, one class for the tracts, another library colour, other default layers and bands.
        await RouteLookAsync(map.Page, config =>
        {
            var palette = config["palette"]!;
            palette["classes"] = new JsonArray([.. palette["classes"]!.AsArray().Select(c => JsonValue.Create(c!.GetValue<string>())).Reverse()]);
            palette["resources"]!.AsArray().Single(r => r!["category"]!.GetValue<string>() == "library")!["colour"] = "#123456";
            config["choropleths"]!.AsArray().Single(c => c!["collection"]!.GetValue<string>() == "tract-mobility" && c["group"]!.GetValue<string>() == "all")!["classes"] =
                new JsonArray(new JsonObject { ["min"] = 0, ["max"] = 1_000_000 });
            config["defaultLayers"] = new JsonArray("tract-mobility", "resources");
            config["zoomBands"] = new JsonArray(13);
        });
        var reversedFirst = MapLook.Rgb((await MapLook.ReadAsync(server)).Palette.GetProperty("classes").EnumerateArray().Last().GetString()!);

        await map.GotoAsync();

        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator("path.om-tract")).ToHaveCountAsync(233);
        Assert.Equal(0, await map.Page.Locator("path.om-zip, path.om-holc").CountAsync());
        await Assertions.Expect(map.Overlay("ZIP code")).Not.ToBeCheckedAsync();
        Assert.Matches("[?&]layers=tract-mobility,resources(&|$)", map.Page.Url);
        // Zoom 11 is in the only band, up to 13.
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-geometry-tract-mobility", "13");
        await Assertions.Expect(map.Page.Locator(".om-legend-tract .om-legend-range")).ToHaveCountAsync(1);
        Assert.Equal([reversedFirst], (await map.Page.Locator("path.om-tract:not(.om-nodata)").EvaluateAllAsync<string[]>(
            "paths => paths.map((p) => getComputedStyle(p).fill)")).Distinct());
        // The libraries' own dots are drawn from zoom 15 (clustered below it).
        await map.GotoAsync("/?z=15");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        Assert.Equal(MapLook.Rgb("#123456"), await map.Page.Locator("path.om-resource-library").First.EvaluateAsync<string>("m => getComputedStyle(m).fill"));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task MapConfigFails_StatusSaysSo_AndNoLayerIsDrawnInColoursOfItsOwn()
    {
        await using var map = await MapPage.CreateAsync(server);
        await FailLookAsync(map.Page);

        await map.GotoAsync();

        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(map.Status).ToContainTextAsync(
            "Could not load the map settings (base map, colours, classes and default layers): Service Unavailable: The data store cannot answer now. (HTTP 503)");
        await Assertions.Expect(map.Status).ToContainTextAsync("No layer could be shown.");
        Assert.Equal(0, await map.Page.Locator("path.om-zip, path.om-holc, path.om-resource").CountAsync());
        // The URL keeps saying "the default layers" rather than naming none.
        Assert.DoesNotContain("layers=", map.Page.Url, StringComparison.Ordinal);
        await map.ScreenshotAsync("map-config-failed");
    }

    [Fact]
    public async Task Embed_DrawsTheConfigsDefaultLayersInItsLook()
    {
        var look = await MapLook.ReadAsync(server);
        var property = look.Property("tract-mobility");
        var values = (await Items("tract-mobility")).Select(f => f.GetProperty("properties"))
            .Where(p => !p.GetProperty("too_few_children").GetBoolean()).Select(p => p.GetProperty(property))
            .Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDouble()).ToList();
        await using var map = await MapPage.CreateAsync(server, 800, 520);
        await RouteLookAsync(map.Page, config => config["defaultLayers"] = new JsonArray("tract-mobility"));

        await map.Page.GotoAsync("/embed");

        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator("path.om-tract")).ToHaveCountAsync(233);
        Assert.Equal(0, await map.Page.Locator("path.om-zip, path.om-holc, path.om-resource").CountAsync());
        var fills = await map.Page.Locator("path.om-tract:not(.om-nodata)").EvaluateAllAsync<string[]>("paths => paths.map((p) => getComputedStyle(p).fill)");
        Assert.Equal(values.Count, fills.Length);
        Assert.Equal(values.Select(v => look.ClassColour("tract-mobility", v)).Order(), fills.Order());
        await Assertions.Expect(map.Page.Locator("#om-embed-status")).ToBeHiddenAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Embed_MapConfigFails_SaysSo()
    {
        await using var map = await MapPage.CreateAsync(server, 800, 520);
        await FailLookAsync(map.Page);

        await map.Page.GotoAsync("/embed?layers=zip-mobility");

        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator("#om-embed-status")).ToBeVisibleAsync();
        await Assertions.Expect(map.Page.Locator("#om-embed-status")).ToContainTextAsync("Could not load the map settings");
        Assert.Equal(0, await map.Page.Locator("path.om-zip").CountAsync());
        await map.ScreenshotAsync("embed-map-config-failed");
    }

    // The server's /map-config, changed by `change`.
    private static Task RouteLookAsync(IPage page, Action<JsonNode> change) =>
        page.RouteAsync("**/map-config", async route =>
        {
            var response = await route.FetchAsync();
            var config = JsonNode.Parse(await response.TextAsync())!;
            change(config);
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = config.ToJsonString() });
        });

    private static Task FailLookAsync(IPage page) =>
        page.RouteAsync("**/map-config", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503,
            ContentType = "application/problem+json",
            Body = JsonSerializer.Serialize(new { title = "Service Unavailable", detail = "The data store cannot answer now.", status = 503 }),
        }));

    private static Task<string> BackgroundOf(ILocator swatch) => swatch.EvaluateAsync<string>("s => getComputedStyle(s).backgroundColor");

    private async Task<List<JsonElement>> Items(string collection)
    {
        var page = await server.GetJsonAsync($"collections/{collection}/items?limit=10000");
        return [.. page.GetProperty("features").EnumerateArray()];
    }

    // As the English legend writes whole dollars ("$18,668"; Intl rounds halves away from zero).
    private static string Dollars(double value) => "$" + Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^ZIP (\d{5}),")]
    private static partial Regex ZipPattern();
}
