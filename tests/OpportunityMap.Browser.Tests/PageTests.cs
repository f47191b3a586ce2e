using System.Text.Json.Nodes;

namespace OpportunityMap.Browser.Tests;

/// <summary>The page as a whole: clean load, phones, keyboard, base map, and failures shown rather than swallowed.</summary>
public sealed class PageTests(MapServer server)
{
    [Fact]
    public async Task Map_LoadsWithoutConsoleErrors_TitledInEnglish()
    {
        await using var map = await MapPage.OpenAsync(server);

        // Every layer is in before the page is judged: errors from late requests count too.
        await Assertions.Expect(map.Page.Locator("path.om-resource").First).ToBeAttachedAsync();
        Assert.Empty(map.Errors);
        Assert.Equal("OpportunityMap — Charlotte-Mecklenburg", await map.Page.TitleAsync());
        Assert.Equal("en", await map.Page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(map.Status).ToContainTextAsync("34 HOLC areas of 1935, 34 ZIP codes");
        // No base map configured: no tiles, a plain background.
        Assert.Equal(0, await map.Page.Locator(".leaflet-tile-pane img").CountAsync());
        await map.ScreenshotAsync("desktop-default-view");
    }

    [Fact]
    public async Task Map_ZoomedIntoCharlotte_LabelsEachHolcArea()
    {
        // The county view (zoom 11; the default view is closer since issue 16).
        await using var map = await MapPage.OpenAsync(server, path: "/?z=11");
        var labels = map.Page.Locator(".om-holc-label");
        await Assertions.Expect(labels).ToHaveCountAsync(34);
        // At the county view the 34 labels would be one smudge: they wait for the zoom.
        await Assertions.Expect(labels.Filter(new LocatorFilterOptions { HasText = "D" }).First).Not.ToBeVisibleAsync();

        await map.ZoomInAsync(3);

        await Assertions.Expect(labels.Filter(new LocatorFilterOptions { HasText = "D8" })).ToBeVisibleAsync();
        await map.ScreenshotAsync("desktop-zoom-14-labels");
    }

    [Fact]
    public async Task Phone360_MapFillsTheWidth_ControlsFoldedAway()
    {
        await using var map = await MapPage.OpenAsync(server, width: 360, height: 740);

        var scrollWidth = await map.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"The page scrolls sideways ({scrollWidth} px).");
        var mapBox = await map.Page.Locator("#map").BoundingBoxAsync();
        Assert.Equal(360, mapBox!.Width);
        Assert.True(mapBox.Height >= 400, $"The map is only {mapBox.Height} px high.");
        await Assertions.Expect(map.Page.Locator(".leaflet-control-layers-toggle")).ToBeVisibleAsync();
        await Assertions.Expect(map.Page.Locator(".om-legend")).Not.ToHaveAttributeAsync("open", "");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        await map.ScreenshotAsync("phone-360");

        await map.Page.Locator(".om-legend summary").ClickAsync();
        await Assertions.Expect(map.Page.Locator(".om-legend-zip .om-legend-range").First).ToBeVisibleAsync();
        await map.ScreenshotAsync("phone-360-legend-open");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task OpacitySlider_ArrowKeys_ChangeTheHolcFillOpacity()
    {
        await using var map = await MapPage.OpenAsync(server, path: "/?opacity=0.6");
        var slider = map.Page.GetByLabel("Redlining opacity");
        var area = map.Page.Locator("path.om-holc").First;
        await Assertions.Expect(area).ToHaveAttributeAsync("fill-opacity", "0.6");

        await slider.FocusAsync();
        await map.Page.Keyboard.PressAsync("ArrowLeft");
        await map.Page.Keyboard.PressAsync("ArrowLeft");

        await Assertions.Expect(area).ToHaveAttributeAsync("fill-opacity", "0.5");
        await Assertions.Expect(slider).ToHaveAttributeAsync("aria-valuetext", "50%");
        await map.Page.Keyboard.PressAsync("Home");
        await Assertions.Expect(area).ToHaveAttributeAsync("fill-opacity", "0");
    }

    [Fact]
    public async Task Keyboard_TabFromTheMap_ReachesTheLayerControlBeforeAnyFeature()
    {
        await using var map = await MapPage.OpenAsync(server);

        await map.Page.Locator("#map").FocusAsync();
        var reached = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            await map.Page.Keyboard.PressAsync("Tab");
            reached.Add(await map.Page.EvaluateAsync<string>(
                "document.activeElement.getAttribute('aria-label') ?? document.activeElement.closest('label')?.innerText ?? document.activeElement.localName"));
        }

        Assert.Equal(["Zoom in", "Zoom out"], reached[..2]);
        Assert.Contains("Redlining", reached[2]);
    }

    [Fact]
    public async Task ItemsRequestFails_StatusRegionSaysSo_AndTheOtherLayersStillDraw()
    {
        await using var map = await MapPage.CreateAsync(server);
        await map.Page.RouteAsync("**/collections/zip-mobility/items*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503,
            ContentType = "application/problem+json",
            Body = JsonSerializer.Serialize(new { title = "Service Unavailable", detail = "The data store cannot answer now.", status = 503 }),
        }));

        await map.GotoAsync();

        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(map.Status).ToContainTextAsync("Could not load the ZIP code mobility layer: Service Unavailable: The data store cannot answer now. (HTTP 503)");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        await Assertions.Expect(map.Status).ToContainTextAsync("Showing 34 HOLC areas of 1935");
        Assert.Equal(0, await map.Page.Locator("path.om-zip").CountAsync());
        await map.ScreenshotAsync("zip-layer-failed");
    }

    [Fact]
    public async Task BaseMap_Configured_DrawsItsTilesAndAttribution()
    {
        await using var map = await MapPage.CreateAsync(server);
        // The deployment's own settings, with a base map.
        await map.Page.RouteAsync("**/map-config", async route =>
        {
            var response = await route.FetchAsync();
            var config = JsonNode.Parse(await response.TextAsync())!;
            config["baseMapUrl"] = "/test-tiles/{z}/{x}/{y}.png";
            config["baseMapAttribution"] = "Test tiles";
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = config.ToJsonString() });
        });
        await map.Page.RouteAsync("**/test-tiles/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "image/png",
            BodyBytes = OnePixelPng,
        }));

        await map.GotoAsync();

        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        Assert.True(await map.Page.Locator(".leaflet-tile-pane img").CountAsync() > 0);
        await Assertions.Expect(map.Page.Locator(".leaflet-control-attribution")).ToContainTextAsync("Test tiles");
        Assert.Empty(map.Errors);
    }

    internal static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
