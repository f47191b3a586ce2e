using OpportunityMap.Testing;

namespace OpportunityMap.Browser.Tests;

/// <summary>axe-core scans of the map page with the card open: no serious or critical violation, in both languages and on a phone.</summary>
public sealed class AccessibilityTests(MapServer server)
{
    private const string AxeUrl = "/__test/axe.min.js";

    // axe-core comes from npm (a dev dependency) and is served to the page from its own origin, so the page's
    // Content-Security-Policy (script-src 'self') stays on during the scan.
    private static async Task<MapPage> OpenWithAxeAsync(MapServer server, int width, int height, string path)
    {
        var map = await CreateWithAxeAsync(server, width, height);
        await map.GotoAsync(path);
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        return map;
    }

    private static async Task<MapPage> CreateWithAxeAsync(MapServer server, int width, int height)
    {
        var axe = Path.Combine(TestPaths.RepoRoot, "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(axe), $"{axe} is missing: run `npm ci` in the repository.");
        var map = await MapPage.CreateAsync(server, width, height);
        await map.Page.RouteAsync("**" + AxeUrl, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/javascript", Path = axe,
        }));
        return map;
    }

    // Any page (the report, the embed), scanned once `ready` is attached.
    private static async Task<MapPage> OpenPageWithAxeAsync(MapServer server, int width, int height, string path, string ready)
    {
        var axe = Path.Combine(TestPaths.RepoRoot, "node_modules", "axe-core", "axe.min.js");
        var page = await MapPage.CreateAsync(server, width, height);
        await page.Page.RouteAsync("**" + AxeUrl, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "text/javascript", Path = axe,
        }));
        await page.GotoAsync(path);
        await page.Page.Locator(ready).First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }


    // Issue 16: axe clean on the map, the report and the embed at both sizes, in both languages.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task Axe_Report_NoSeriousViolations(int width, int height, string lang)
    {
        await using var page = await OpenPageWithAxeAsync(server, width, height, $"/report.html?lang={lang}", "#report-table td");

        Assert.Empty(await SeriousViolationsAsync(page));
    }

    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task Axe_Embed_NoSeriousViolations(int width, int height, string lang)
    {
        await using var page = await OpenPageWithAxeAsync(server, width, height, $"/embed?lang={lang}", "#map[data-state=ready]");

        Assert.Empty(await SeriousViolationsAsync(page));
    }

    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task Axe_MapWithAPlacesCard_NoSeriousViolations(int width, int height, string lang)
    {
        await using var map = await OpenWithAxeAsync(server, width, height, $"/?lang={lang}");
        await map.Page.Locator("#om-search-input").FillAsync("28208");
        await map.Page.Locator("#om-search-input").PressAsync("Enter");
        await Assertions.Expect(map.Page.Locator("#om-card")).ToHaveAttributeAsync("data-state", "ready");

        Assert.Empty(await SeriousViolationsAsync(map));
    }

    private static async Task OpenDCardAsync(MapPage map, int zoomSteps)
    {
        await map.ZoomInAsync(zoomSteps);
        await map.ClickFeatureAsync("path.om-holc-grade-d");
        await Assertions.Expect(map.Page.Locator("#om-card")).ToHaveAttributeAsync("data-state", "ready");
        await map.Page.Locator(".om-card-document summary").ClickAsync();
    }

    // The serious and critical violations as "rule: target, target" lines (empty when there are none).
    private static async Task<List<string>> SeriousViolationsAsync(MapPage map)
    {
        await map.Page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = AxeUrl });
        var violations = await map.Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    [Fact]
    public async Task Axe_CardOpen_English_NoSeriousViolations()
    {
        await using var map = await OpenWithAxeAsync(server, 1280, 800, "/");
        await OpenDCardAsync(map, 2);

        Assert.Empty(await SeriousViolationsAsync(map));
    }

    [Fact]
    public async Task Axe_CardAndTableOpen_Spanish_NoSeriousViolations()
    {
        await using var map = await OpenWithAxeAsync(server, 1280, 800, "/?lang=es");
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Vista de tabla" }).ClickAsync();
        await OpenDCardAsync(map, 2);
        await Assertions.Expect(map.Page.Locator("#om-card h2")).ToHaveTextAsync("Antes y ahora");

        Assert.Empty(await SeriousViolationsAsync(map));
    }

    [Fact]
    public async Task Axe_Phone360_CardAsBottomSheet_NoSeriousViolations()
    {
        await using var map = await OpenWithAxeAsync(server, 360, 740, "/");
        await OpenDCardAsync(map, 3);

        Assert.Empty(await SeriousViolationsAsync(map));
        await map.ScreenshotAsync("axe-phone-360-card");
    }

    [Theory]
    [InlineData("/nation.html")]
    [InlineData("/nation.html?lang=es")]
    public async Task Axe_NationPage_BenchmarksAndEveryCity_NoSeriousViolations(string path)
    {
        await using var map = await CreateWithAxeAsync(server, 1280, 800);
        await map.GotoAsync(path);
        await Assertions.Expect(map.Page.Locator("#benchmarks-status")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await Assertions.Expect(map.Page.Locator("#cities-status")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await map.Page.Locator(".om-nation-zones summary").ClickAsync();

        Assert.Empty(await SeriousViolationsAsync(map));
    }
}
