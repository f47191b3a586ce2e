namespace OpportunityMap.Browser.Tests;

/// <summary>
/// Issue 16, finding 7: in a 468 px column the sources footer took about 190 px and clipped the legend, and on a phone
/// the legend started folded. A narrow embed now shows its legend open under the map and its sources in one line.
/// </summary>
public sealed class EmbedLayoutTests(MapServer server)
{
    public static TheoryData<int, int, string> NarrowFrames => new()
    {
        { 468, 480, "en" }, { 468, 480, "es" }, { 390, 844, "en" }, { 390, 844, "es" },
    };

    [Theory]
    [MemberData(nameof(NarrowFrames))]
    public async Task NarrowEmbed_LegendOpenUnderTheMap_SourcesInOneLine(int width, int height, string lang)
    {
        await using var map = await MapPage.CreateAsync(server, width, height);
        await map.GotoAsync($"/embed?lang={lang}");
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");

        var legend = map.Page.Locator(".om-legend");
        await Assertions.Expect(legend).ToHaveAttributeAsync("open", "");
        foreach (var heading in await legend.Locator("h2").AllAsync())
        {
            await Assertions.Expect(heading).ToBeInViewportAsync();
        }

        await Assertions.Expect(legend).ToContainTextAsync(lang == "es" ? "D — Peligroso" : "D — Hazardous");
        var mapBox = (await map.Page.Locator("#map").BoundingBoxAsync())!;
        var legendBox = (await legend.BoundingBoxAsync())!;
        Assert.True(legendBox.Y >= mapBox.Y + mapBox.Height - 1, "The legend must lie under the map, not over it.");
        // The legend's box under the map ends inside the frame; a legend taller than it scrolls within it.
        var keyBox = (await map.Page.Locator("#om-embed-key").BoundingBoxAsync())!;
        Assert.True(keyBox.Y + keyBox.Height <= height + 1, $"The legend's box ends at {keyBox.Y + keyBox.Height} px, below the frame.");
        if (legendBox.Height > keyBox.Height)
        {
            Assert.Equal("auto", await map.Page.Locator("#om-embed-key").EvaluateAsync<string>("e => getComputedStyle(e).overflowY"));
        }

        Assert.True(mapBox.Height >= 0.4 * height, $"The map is {mapBox.Height} px of {height}.");

        var sources = map.Page.Locator("#om-embed-sources");
        var summary = sources.Locator("summary");
        await Assertions.Expect(summary).ToHaveTextAsync(new Regex(lang == "es" ? "^Fuentes: " : "^Sources: "));
        Assert.Single(Regex.Matches((await summary.TextContentAsync())!, "Mapping Inequality"));
        var footer = (await map.Page.Locator(".om-embed-footer").BoundingBoxAsync())!;
        Assert.True(footer.Height <= 48, $"The footer is {footer.Height} px high.");
        await Assertions.Expect(sources.GetByRole(AriaRole.Link, new() { Name = "CC BY-NC-SA 4.0" })).ToBeHiddenAsync();
        await summary.ClickAsync();
        await Assertions.Expect(sources.GetByRole(AriaRole.Link, new() { Name = "CC BY-NC-SA 4.0" })).ToBeVisibleAsync();
        await map.ScreenshotAsync($"embed-narrow-{width}-{lang}");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task PlainIframeOf468Pixels_OnANewsPage_ShowsTheLegendAndTheSourcesLine()
    {
        await using var map = await MapPage.CreateAsync(server, 1000, 900);
        await HostPage.OpenAsync(map.Page,
            $"""<iframe id="plain" src="{server.BaseAddress}embed" title="Map" width="468" height="480" style="border:0"></iframe>""");
        var frame = map.Page.FrameLocator("#plain");

        await Assertions.Expect(frame.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");

        await Assertions.Expect(frame.Locator(".om-legend")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(frame.Locator(".om-legend-zip h2")).ToBeVisibleAsync();
        await Assertions.Expect(frame.Locator("#om-embed-sources summary")).ToHaveTextAsync(new Regex("^Sources: Mapping Inequality"));
        await Assertions.Expect(frame.GetByRole(AriaRole.Link, new() { Name = "View the full map" })).ToBeVisibleAsync();
        await map.ScreenshotAsync("embed-plain-iframe-468");
    }

    [Fact]
    public async Task WideEmbed_KeepsItsLegendOverTheMap_AndItsSourcesInFull()
    {
        await using var map = await MapPage.CreateAsync(server, 1400, 900);
        await map.GotoAsync("/embed");
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");

        await Assertions.Expect(map.Page.Locator("#map .om-legend")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(map.Page.Locator("#om-embed-key")).ToBeHiddenAsync();
        await Assertions.Expect(map.Page.Locator("#om-embed-sources").GetByRole(AriaRole.Link, new() { Name = "CC BY-NC-SA 4.0" })).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }
}
