namespace OpportunityMap.Browser.Tests;

/// <summary>Issue 6: polygon layers drawn with geometry simplified for the zoom, swapped in place as the zoom changes.</summary>
public sealed class SimplifiedGeometryTests(MapServer server)
{
    [Fact]
    public async Task ZipLayer_AtTheDefaultZoom_IsSimplified_AndZoomedInIsReshapedOnTheSamePaths()
    {
        await using var map = await MapPage.CreateAsync(server);
        var requests = new List<string>();
        map.Page.Request += (_, request) =>
        {
            if (request.Url.Contains("/collections/zip-mobility/items", StringComparison.Ordinal))
            {
                requests.Add(request.Url);
            }
        };
        await map.GotoAsync();
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");

        // Zoom 11 is in the band 11-12: the geometry simplified for zoom 12.
        var container = map.Page.Locator("#map");
        await Assertions.Expect(container).ToHaveAttributeAsync("data-geometry-zip-mobility", "12");
        Assert.Contains(requests, url => url.Contains("zoom=12", StringComparison.Ordinal));
        var first = map.Page.Locator("path.om-zip").First;
        var label = await first.GetAttributeAsync("aria-label");
        await first.EvaluateAsync("path => path.setAttribute('data-test-mark', 'kept')");

        await map.ZoomInAsync(4);

        // Zoom 15: the imported geometry, drawn on the very same (focusable, named) paths.
        await Assertions.Expect(container).ToHaveAttributeAsync("data-geometry-zip-mobility", "full");
        Assert.Contains(requests, url => !url.Contains("zoom=", StringComparison.Ordinal));
        await Assertions.Expect(map.Page.Locator("path.om-zip")).ToHaveCountAsync(34);
        var marked = map.Page.Locator("path.om-zip[data-test-mark='kept']");
        await Assertions.Expect(marked).ToHaveCountAsync(1);
        Assert.Equal(label, await marked.GetAttributeAsync("aria-label"));
        Assert.Equal("0", await marked.GetAttributeAsync("tabindex"));
        Assert.Empty(map.Errors);
    }
}
