using OpportunityMap.Testing;

namespace OpportunityMap.Browser.Tests;

/// <summary>/embed: the chrome-less view, its scroll behaviour, pym.js resizing, framing, and its page weight.</summary>
public sealed class EmbedTests(MapServer server)
{
    [Fact]
    public async Task Embed_ShowsTitleTheViewsLayersCompactLegendSourcesAndFullMapLink()
    {
        const string view = "c=35.21000,-80.84000&z=12&layers=redlining-1935,resources&cats=library&opacity=0.8&title=Redlining%20then%2C%20libraries%20now";
        await using var map = await MapPage.CreateAsync(server, 800, 520);

        await map.Page.GotoAsync($"/embed?{view}");

        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator("h1")).ToHaveTextAsync("Redlining then, libraries now");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        await Assertions.Expect(map.Page.Locator("path.om-holc").First).ToHaveAttributeAsync("fill-opacity", "0.8");
        Assert.True(await map.Page.Locator("path.om-resource-library").CountAsync() > 0);
        Assert.Equal(0, await map.Page.Locator("path.om-resource-park, path.om-zip").CountAsync());
        // Chrome-less: no layer switcher, no Share or Cite.
        Assert.Equal(0, await map.Page.Locator(".leaflet-control-layers, .om-share-actions").CountAsync());
        await Assertions.Expect(map.Page.Locator(".om-legend-holc")).ToContainTextAsync("D — Hazardous");
        var sources = map.Page.Locator("#om-embed-sources");
        await Assertions.Expect(sources).ToContainTextAsync("Mapping Inequality");
        await Assertions.Expect(sources.GetByRole(AriaRole.Link, new() { Name = "CC BY-NC-SA 4.0" })).ToHaveCountAsync(1);
        await Assertions.Expect(sources).ToContainTextAsync("Mecklenburg County GIS");
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Link, new() { Name = "View the full map" }))
            .ToHaveAttributeAsync("href", $"{server.BaseAddress}?{view.Replace("%2C", ",", StringComparison.Ordinal)}");
        await map.ScreenshotAsync("embed");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Embed_ViewWithACity_ShowsThatCitysHolcAreas()
    {
        var cities = await server.GetJsonAsync("/api/holc-cities");
        var durham = cities.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "durham-nc");
        var centre = durham.GetProperty("centre");
        await using var map = await MapPage.CreateAsync(server, 800, 520);

        // The map page's share dialog embeds its view, city and all.
        await map.Page.GotoAsync(string.Create(CultureInfo.InvariantCulture,
            $"/embed?layers=redlining-1935&city=durham-nc&z=12&c={centre[1].GetDouble():F5},{centre[0].GetDouble():F5}"));

        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(durham.GetProperty("areas").GetInt32());
        await Assertions.Expect(map.Page.Locator("path.om-holc").First).ToBeInViewportAsync();
        await Assertions.Expect(map.Page.Locator(".om-legend-holc")).ToContainTextAsync("D — Hazardous");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Embed_PlainWheelScrollsPastWithAHint_CtrlWheelOrAClickFirstZooms()
    {
        await using var map = await MapPage.CreateAsync(server, 800, 520);
        await map.Page.GotoAsync("/embed?layers=none&z=11");
        var mapElement = map.Page.Locator("#map");
        await Assertions.Expect(mapElement).ToHaveAttributeAsync("data-state", "ready");
        await map.Page.Mouse.MoveAsync(400, 250);

        await map.Page.Mouse.WheelAsync(0, -300);

        await Assertions.Expect(map.Page.Locator(".om-scroll-hint")).ToBeVisibleAsync();
        await Assertions.Expect(map.Page.Locator(".om-scroll-hint")).ToHaveTextAsync("Use Ctrl + scroll to zoom the map");
        Assert.Equal("11", await mapElement.GetAttributeAsync("data-zoom"));

        await map.Page.Keyboard.DownAsync("Control");
        await map.Page.Mouse.WheelAsync(0, -100);
        await map.Page.Keyboard.UpAsync("Control");
        await Assertions.Expect(mapElement).ToHaveAttributeAsync("data-zoom", "12");

        await map.Page.Mouse.ClickAsync(400, 250);
        await map.Page.Mouse.WheelAsync(0, -300);
        await Assertions.Expect(mapElement).Not.ToHaveAttributeAsync("data-zoom", "12");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task HostPageWithPymParent_ResizesTheIframeToTheEmbedsHeight_AlsoWhenItsWidthChanges()
    {
        await using var map = await MapPage.CreateAsync(server, 900, 900);
        var embedUrl = $"{server.BaseAddress}embed?layers=redlining-1935,zip-mobility&z=11";

        await HostPage.OpenAsync(map.Page,
            $$"""
            <div id="map-embed"></div>
            <script src="/pym.v1.js"></script>
            <script>new pym.Parent('map-embed', '{{embedUrl}}', { title: 'The map' });</script>
            """);

        var frame = await (await map.Page.Locator("#map-embed iframe").ElementHandleAsync()).ContentFrameAsync();
        Assert.NotNull(frame);
        var wide = await HostPage.WaitForResizedAsync(map.Page.Locator("#map-embed iframe"), frame);
        Assert.Contains("childId=map-embed", frame.Url, StringComparison.Ordinal);
        // Header, a map of 62% of the width (clamped to 260-560 px) and the sources.
        Assert.InRange(wide, 560, 900);

        await map.Page.SetViewportSizeAsync(420, 900);

        var narrow = await HostPage.WaitForResizedAsync(map.Page.Locator("#map-embed iframe"), frame);
        Assert.True(narrow < wide, $"Narrower, the embed should be shorter: {narrow} px vs {wide} px.");
        await map.ScreenshotAsync("embed-pym-host");
    }

    [Fact]
    public async Task HostPageOnAnotherSite_MayFrameTheEmbed_ButNotTheMapPage()
    {
        await using var map = await MapPage.CreateAsync(server, 900, 900);

        await HostPage.OpenAsync(map.Page,
            $"""
            <iframe name="embed" src="{server.BaseAddress}embed?z=11" title="Embed" width="600" height="400"></iframe>
            <iframe name="page" src="{server.BaseAddress}?z=11" title="Page" width="600" height="400"></iframe>
            """);

        var embed = map.Page.Frame("embed")!;
        await embed.Locator("#map[data-state=ready]").WaitForAsync();
        await Assertions.Expect(embed.Locator("path.om-holc")).ToHaveCountAsync(34);
        // frame-ancestors 'self': Chromium shows its error page in place of the map page.
        var page = map.Page.Frame("page")!;
        await page.WaitForLoadStateAsync();
        Assert.StartsWith("chrome-error:", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#map").CountAsync());
    }

    [Fact]
    public async Task EmbedPageWeight_DefaultView_IsMeasuredAndLoadsNoneOfTheMapPagesChrome()
    {
        await using var map = await MapPage.CreateAsync(server, 800, 500);
        var responses = new List<IResponse>();
        map.Page.Response += (_, response) => responses.Add(response);

        await map.Page.GotoAsync("/embed");
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");
        await map.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        long transferred = 0, decoded = 0;
        var rows = new List<string>();
        foreach (var response in responses)
        {
            var sizes = await response.Request.SizesAsync();
            var body = (await response.BodyAsync()).Length;
            transferred += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            decoded += body;
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{sizes.ResponseBodySize + sizes.ResponseHeadersSize,9} {body,9}  {new Uri(response.Url).PathAndQuery}"));
        }

        var paths = responses.Select(r => new Uri(r.Url).AbsolutePath).ToList();
        Assert.DoesNotContain(paths, p => p.EndsWith("/main.js", StringComparison.Ordinal) || p.Contains("/share/", StringComparison.Ordinal)
            || p.EndsWith("/share.css", StringComparison.Ordinal) || p.Contains("tract-mobility", StringComparison.Ordinal));
        var report = string.Create(CultureInfo.InvariantCulture,
            $"Embed page weight (default view, {responses.Count} requests): {transferred} bytes transferred, {decoded} bytes decoded\n  transfer   decoded  path\n{string.Join('\n', rows)}\n");
        var directory = Path.Combine(TestPaths.RepoRoot, "artifacts");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "embed-weight.txt"), report, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage(report);
        // Compressed, the embed with its three layers' data stays well under a megabyte.
        Assert.InRange(transferred, 10_000, 1_000_000);
    }
}
