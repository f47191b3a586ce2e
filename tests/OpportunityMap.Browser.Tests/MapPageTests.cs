using Microsoft.Playwright;

namespace OpportunityMap.Browser.Tests;

public sealed class MapPageTests(BrowserApp app)
{
    private async Task<(IPage Page, List<string> Errors)> OpenMap(int width = 1280, int height = 800)
    {
        var (page, errors) = await app.NewPageAsync(width, height);
        await page.GotoAsync(app.BaseUrl + "/");
        await page.WaitForSelectorAsync("body[data-ready]", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.Equal("true", await page.GetAttributeAsync("body", "data-ready"));
        return (page, errors);
    }

    [Fact]
    public async Task Map_DrawsTheThreeLayers_WithLegendAndNoConsoleErrors()
    {
        var (page, errors) = await OpenMap();

        Assert.Equal(34, await page.Locator("path.holc-area").CountAsync());
        Assert.Equal(11, await page.Locator("path.holc-area.grade-D").CountAsync());
        Assert.Equal(34, await page.Locator("path.zip-area").CountAsync());
        Assert.True(await page.Locator("path.resource-library").CountAsync() == 24);
        Assert.Equal(34, await page.Locator(".holc-label").CountAsync());
        Assert.False(await page.Locator(".holc-label").First.IsVisibleAsync(), "labels are hidden at county zoom");
        Assert.Equal(6, await page.Locator(".legend-zip li").CountAsync());
        Assert.Contains("$", await page.Locator(".legend-zip li").First.TextContentAsync());
        Assert.Equal(4, await page.Locator(".legend-holc li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "map-1280.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task LayerControl_ListsTheLayers_AndTogglesResourceCategories()
    {
        var (page, _) = await OpenMap();
        var control = page.Locator(".leaflet-control-layers");

        var labels = await control.Locator("label").AllTextContentsAsync();
        Assert.Contains(labels, l => l.Contains("Redlining"));
        Assert.Contains(labels, l => l.Contains("ZIP"));
        Assert.Contains(labels, l => l.Contains("Libraries"));
        Assert.Equal(0, await page.Locator("path.resource-fire_station").CountAsync());

        await control.Locator("label", new LocatorLocatorOptions { HasText = "Fire stations" }).Locator("input").CheckAsync(new LocatorCheckOptions { Force = true });

        Assert.Equal(60, await page.Locator("path.resource-fire_station").CountAsync());
    }

    [Fact]
    public async Task ZoomingIn_ShowsTheHolcLabels()
    {
        var (page, _) = await OpenMap();

        // Two zoom steps, each after the previous animation has ended (Leaflet ignores a click mid-animation).
        for (var step = 0; step < 2; step++)
        {
            await page.Locator(".leaflet-control-zoom-in").ClickAsync();
            await page.WaitForFunctionAsync("() => !document.querySelector('.leaflet-zoom-anim')");
            await page.WaitForTimeoutAsync(400);
        }

        await page.Locator(".holc-label", new PageLocatorOptions { HasText = "D8" }).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => !document.getElementById('map').classList.contains('hide-holc-labels')");
    }

    [Fact]
    public async Task Attribution_ShowsEachLayersSourceAndLicence()
    {
        var (page, _) = await OpenMap();
        var attribution = await page.Locator(".leaflet-control-attribution").TextContentAsync();

        Assert.Contains("Mapping Inequality", attribution);
        Assert.Contains("CC BY-NC-SA 4.0", attribution);
        Assert.Contains("Opportunity Atlas", attribution);
        Assert.Contains("Mecklenburg County GIS", attribution);
    }

    [Fact]
    public async Task ClickingADArea_OpensItsDescriptionAsAQuotedHistoricalDocument()
    {
        var (page, errors) = await OpenMap();
        // Hide the permanent labels and the points so the click lands on the D8 polygon itself.
        // (Through the CSSOM: the page's Content-Security-Policy rightly refuses an injected <style>.)
        await page.EvaluateAsync("() => document.querySelectorAll('.holc-label, path.resource').forEach((e) => { e.style.display = 'none'; })");
        var d8 = page.Locator("path.holc-area.grade-D").Nth(7);

        await d8.ClickAsync(new LocatorClickOptions { Force = true });
        var popup = page.Locator(".leaflet-popup-content .popup-holc");
        await popup.WaitForAsync();

        Assert.Contains("grade D", await popup.Locator("h2").TextContentAsync());
        Assert.Contains("Content note", await popup.Locator(".content-note").TextContentAsync());
        Assert.True(await popup.Locator("blockquote.historical p").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "holc-popup.png") });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task PopupBuilder_ShowsHostileTextAsText_AndRunsNothing()
    {
        var (page, errors) = await OpenMap();

        var result = await page.EvaluateAsync<string[]>(
            """
            async () => {
              window.__attacked = false;
              const { holcPopup } = await import('/js/popups.js');
              const hostile = '<img src=x onerror="window.__attacked=true">';
              const node = holcPopup({ properties: { holc_id: hostile, grade: 'D', category: hostile, clarifying_remarks: hostile } });
              document.body.append(node);
              await new Promise((resolve) => setTimeout(resolve, 300));
              return [String(node.querySelectorAll('img').length), node.querySelector('h2').textContent, String(window.__attacked)];
            }
            """);

        Assert.Equal("0", result[0]);
        Assert.Contains("<img src=x", result[1]);
        Assert.Equal("false", result[2]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Phone_360pxWide_ShowsTheMapAndControls()
    {
        var (page, errors) = await OpenMap(360, 740);

        Assert.True(await page.Locator("#map").IsVisibleAsync());
        Assert.True(await page.Locator(".leaflet-control-layers").IsVisibleAsync());
        Assert.True(await page.Locator(".legend summary").IsVisibleAsync());
        Assert.False(await page.Locator(".legend-zip").IsVisibleAsync(), "the legend starts folded on a phone");
        await page.Locator(".legend summary").ClickAsync();
        Assert.True(await page.Locator(".legend-zip").IsVisibleAsync());
        var mapBox = await page.Locator("#map").BoundingBoxAsync();
        Assert.NotNull(mapBox);
        Assert.True(mapBox.Width <= 360 && mapBox.Height > 400);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserApp.ScreenshotDirectory, "map-360.png") });
        Assert.Empty(errors);
    }
}
