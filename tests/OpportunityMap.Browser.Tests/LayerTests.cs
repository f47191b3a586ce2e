namespace OpportunityMap.Browser.Tests;

/// <summary>The map as a resident first meets it: every layer drawn from the real data, its legend and its sources.</summary>
public sealed partial class LayerTests(MapServer server)
{
    [Fact]
    public async Task Map_DrawsThe34HolcAreasByGrade()
    {
        await using var map = await MapPage.OpenAsync(server);

        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        Assert.Equal(3, await map.Page.Locator("path.om-holc-grade-a").CountAsync());
        Assert.Equal(7, await map.Page.Locator("path.om-holc-grade-b").CountAsync());
        Assert.Equal(13, await map.Page.Locator("path.om-holc-grade-c").CountAsync());
        Assert.Equal(11, await map.Page.Locator("path.om-holc-grade-d").CountAsync());
        // The 1935 map's own colours, from the data, and the legend's four grades in the same colours.
        Assert.Equal("#d9838d", await map.Page.Locator("path.om-holc-grade-d").First.GetAttributeAsync("fill"));
        var grades = map.Page.Locator(".om-legend-holc li");
        Assert.Equal(["A — Best", "B — Still Desirable", "C — Definitely Declining", "D — Hazardous"], await grades.AllInnerTextsAsync());
        // Each grade is also hatched (its pattern filled with the grade's colour), and the legend shows the same pattern.
        Assert.Contains("#om-holc-hatch-d", await map.Page.Locator("path.om-holc-grade-d").First.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        Assert.Equal("#d9838d", await map.Page.Locator("#om-holc-hatch-d rect").GetAttributeAsync("fill"));
        Assert.Equal(2, await map.Page.Locator("#om-holc-hatch-d line").CountAsync());
        Assert.Equal(0, await map.Page.Locator("#om-holc-hatch-a line").CountAsync());
        Assert.Equal("url(#om-holc-hatch-d)", await grades.Nth(3).Locator(".om-swatch rect").GetAttributeAsync("fill"));
    }

    [Fact]
    public async Task Map_DrawsThe34ZipsInFiveQuantileClasses_EachWithinItsLegendRange()
    {
        await using var map = await MapPage.OpenAsync(server);

        await Assertions.Expect(map.Page.Locator("path.om-zip")).ToHaveCountAsync(34);
        var ranges = await LegendRanges(map.Page);
        Assert.Equal(5, ranges.Count);
        for (var i = 0; i < ranges.Count; i++)
        {
            var zips = map.Page.Locator($"path.om-zip.om-class-{i}");
            // Quantiles of 34 distinct values: 6 or 7 ZIPs per class.
            Assert.InRange(await zips.CountAsync(), 6, 7);
            foreach (var label in await zips.EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('aria-label'))"))
            {
                var income = Dollars(DollarPattern().Match(label[label.IndexOf("at 35", StringComparison.Ordinal)..]).Value);
                Assert.InRange(income, ranges[i].Min, ranges[i].Max);
            }
        }
    }

    [Fact]
    public async Task Legend_ListsFiveAscendingDollarRanges_FromTheLowestToTheHighestZip()
    {
        using var client = server.CreateClient();
        var incomes = (await Items(client, "zip-mobility"))
            .Select(f => f.GetProperty("properties").GetProperty("household_income_p25"))
            .Where(v => v.ValueKind == JsonValueKind.Number)
            .Select(v => Math.Round(v.GetDouble(), MidpointRounding.AwayFromZero))
            .ToList();
        await using var map = await MapPage.OpenAsync(server);

        var ranges = await LegendRanges(map.Page);

        Assert.Equal(5, ranges.Count);
        Assert.Equal(incomes.Min(), ranges[0].Min);
        Assert.Equal(incomes.Max(), ranges[^1].Max);
        for (var i = 0; i < ranges.Count; i++)
        {
            Assert.True(ranges[i].Min <= ranges[i].Max, $"Range {i} runs backwards.");
            Assert.True(i == 0 || ranges[i - 1].Max < ranges[i].Min, $"Range {i} overlaps the one before.");
        }

        await Assertions.Expect(map.Page.Locator(".om-legend-zip")).ToContainTextAsync("No data");
        await Assertions.Expect(map.Page.Locator(".om-legend-zip")).ToContainTextAsync("2015 dollars");
    }

    [Fact]
    public async Task Map_DrawsEveryResource_OneColourPerCategory()
    {
        using var client = server.CreateClient();
        var expected = (await Items(client, "resources"))
            .GroupBy(f => f.GetProperty("properties").GetProperty("category").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        // From zoom 15 every resource is its own dot (issue 16: clustered below it).
        await using var map = await MapPage.OpenAsync(server, path: "/?z=15");

        await Assertions.Expect(map.Page.Locator("path.om-resource")).ToHaveCountAsync(expected.Values.Sum());
        var colours = new HashSet<string>();
        foreach (var (category, count) in expected)
        {
            var markers = map.Page.Locator($"path.om-resource-{category}");
            Assert.Equal(count, await markers.CountAsync());
            colours.Add(await markers.First.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        }

        Assert.Equal(expected.Count, colours.Count);
    }

    [Fact]
    public async Task LayerControl_ListsEveryLayer_TractsOffByDefault()
    {
        using var client = server.CreateClient();
        var resources = (await Items(client, "resources"))
            .CountBy(f => f.GetProperty("properties").GetProperty("category").GetString()!)
            .ToDictionary();
        await using var map = await MapPage.OpenAsync(server);
        var overlays = map.Page.Locator(".leaflet-control-layers-overlays label");

        var names = (await overlays.AllInnerTextsAsync()).Select(n => n.Trim()).ToList();

        Assert.Equal(
            ["Redlining, 1935 (HOLC grades)", "Upward mobility by ZIP code", "Upward mobility by census tract (2010)",
             "Social capital: economic connectedness", $"Schools ({resources["school"]})", $"Colleges and universities ({resources["college"]})",
             $"Libraries ({resources["library"]})", $"Parks ({resources["park"]})", $"Hospitals ({resources["hospital"]})",
             $"Fire stations ({resources["fire_station"]})", $"Police stations ({resources["police_station"]})"],
            names);
        await Assertions.Expect(map.Overlay("census tract")).Not.ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("economic connectedness")).Not.ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("Redlining")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task LayerControl_SwitchingAResourceCategoryOff_RemovesOnlyItsMarkers()
    {
        await using var map = await MapPage.OpenAsync(server, path: "/?z=15"); // every resource its own dot
        var schools = await map.Page.Locator("path.om-resource-school").CountAsync();

        await map.Overlay("Parks").UncheckAsync();

        await Assertions.Expect(map.Page.Locator("path.om-resource-park")).ToHaveCountAsync(0);
        Assert.True(schools > 0);
        Assert.Equal(schools, await map.Page.Locator("path.om-resource-school").CountAsync());
    }

    [Fact]
    public async Task Attribution_NamesMappingInequalityAndItsLicence_OnlyWhileALayerUsingItIsOn()
    {
        await using var map = await MapPage.OpenAsync(server);
        var attribution = map.Page.Locator(".leaflet-control-attribution");

        await Assertions.Expect(attribution).ToContainTextAsync("Mapping Inequality");
        await Assertions.Expect(attribution.GetByRole(AriaRole.Link, new() { Name = "CC BY-NC-SA 4.0" }))
            .ToHaveAttributeAsync("href", "https://creativecommons.org/licenses/by-nc-sa/4.0/");
        await Assertions.Expect(attribution).ToContainTextAsync("The Opportunity Atlas");
        await Assertions.Expect(attribution).ToContainTextAsync("Mecklenburg County GIS");

        // The ZIP areas carry their 1935 grade shares, so they credit Mapping Inequality too.
        await map.Overlay("Redlining").UncheckAsync();
        await Assertions.Expect(attribution).ToContainTextAsync("Mapping Inequality");
        await map.Overlay("by ZIP code").UncheckAsync();

        await Assertions.Expect(attribution).Not.ToContainTextAsync("Mapping Inequality");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(0);
        await Assertions.Expect(map.Page.Locator(".om-legend-holc")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task TractLayer_SwitchedOn_Draws233TractsWithTheirOwnLegend()
    {
        await using var map = await MapPage.OpenAsync(server);
        Assert.Equal(0, await map.Page.Locator("path.om-tract").CountAsync());

        await map.Overlay("census tract").CheckAsync();

        await Assertions.Expect(map.Page.Locator("path.om-tract")).ToHaveCountAsync(233);
        await Assertions.Expect(map.Page.Locator(".om-legend-tract .om-legend-range")).ToHaveCountAsync(5);
        // Suppressed tracts are drawn with the "no data" hatch, not as the lowest class.
        Assert.True(await map.Page.Locator("path.om-tract.om-nodata").CountAsync() > 0);
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Status).ToContainTextAsync("233 census tracts");
        await map.Overlay("ZIP code").UncheckAsync();
        await map.ScreenshotAsync("tracts");
        Assert.Empty(map.Errors);
    }

    private static async Task<List<(double Min, double Max)>> LegendRanges(IPage page)
    {
        var texts = await page.Locator(".om-legend-zip .om-legend-range .om-legend-text").AllTextContentsAsync();
        return texts.Select(text =>
        {
            var match = RangePattern().Match(text.Trim());
            Assert.True(match.Success, $"Legend range '{text}' is not '$a – $b'.");
            return (Dollars(match.Groups[1].Value), Dollars(match.Groups[2].Value));
        }).ToList();
    }

    private static async Task<List<JsonElement>> Items(HttpClient client, string collection)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"collections/{collection}/items?limit=10000", TestContext.Current.CancellationToken);
        return [.. page.GetProperty("features").EnumerateArray()];
    }

    private static double Dollars(string text) => double.Parse(text.TrimStart('$').Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\$[\d,]+) – (\$[\d,]+)$")]
    private static partial Regex RangePattern();

    [GeneratedRegex(@"\$[\d,]+")]
    private static partial Regex DollarPattern();
}
