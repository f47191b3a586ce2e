namespace OpportunityMap.Browser.Tests;

/// <summary>Resource popups, keyboard access to features, and that feature text is never run as HTML.</summary>
public sealed class PopupTests(MapServer server)
{
    private const string Hostile = "<img src=x onerror=\"document.title='pwned'\">";

    [Fact]
    public async Task ClickingAResource_OpensItsPopup_NotTheCard()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(3); // to zoom 15, where every resource is its own dot

        var clicked = await map.ClickFeatureAsync("path.om-resource-library");

        var popup = map.Page.Locator(".leaflet-popup .om-popup-resource");
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await Assertions.Expect(popup.Locator("h2")).ToHaveTextAsync(clicked["Library: ".Length..]);
        await Assertions.Expect(popup.Locator(".om-facts")).ToContainTextAsync("CategoryLibrary");
        await Assertions.Expect(map.Page.Locator("#om-card")).ToBeHiddenAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Keyboard_FocusingAFeatureOutsideTheView_PansTheMapToIt()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(3);
        // Cornelius, at the county's northern edge, far outside the view of downtown at zoom 14.
        var cornelius = map.Page.Locator("path.om-zip[aria-label^='ZIP 28031,']");
        Assert.False(await InView(map, cornelius));
        var centre = await map.Page.Locator("#map").GetAttributeAsync("data-centre");

        await cornelius.FocusAsync();

        await Assertions.Expect(map.Page.Locator("#map")).Not.ToHaveAttributeAsync("data-centre", centre!);
        Assert.True(await InView(map, cornelius));
        Assert.Equal(0, await map.Page.Locator("#map").EvaluateAsync<int>("m => m.scrollTop + m.scrollLeft"));
    }

    // Whether the path is drawn (Leaflet clips what is off screen) and its centre is inside the map.
    private static Task<bool> InView(MapPage map, ILocator path) => path.EvaluateAsync<bool>(
        """
        (p) => {
          const view = document.getElementById('map').getBoundingClientRect(), b = p.getBoundingClientRect();
          const x = b.left + b.width / 2, y = b.top + b.height / 2;
          return b.width > 0 && x >= view.left && x <= view.right && y >= view.top && y <= view.bottom;
        }
        """);

    [Fact]
    public async Task PopupBuilders_HtmlInFeatureText_ShownAsTextNeverAsMarkup()
    {
        await using var map = await MapPage.OpenAsync(server);

        var result = await map.Page.EvaluateAsync<JsonElement>(
            """
            async (hostile) => {
              const { resourcePopup } = await import('/js/popups.js');
              const popups = [
                resourcePopup({ name: hostile, category: hostile, type: hostile, address: hostile }),
              ];
              const host = document.createElement('div');
              host.append(...popups);
              document.body.append(host);
              return {
                elements: [...host.querySelectorAll('*')].map((e) => e.localName).filter((n) => !['article', 'h2', 'p', 'dl', 'dt', 'dd', 'span', 'strong', 'figure', 'blockquote', 'figcaption', 'cite'].includes(n)),
                texts: popups.map((p) => p.textContent),
              };
            }
            """, Hostile);

        Assert.Empty(result.GetProperty("elements").EnumerateArray());
        var texts = result.GetProperty("texts").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Single(texts);
        Assert.All(texts, text => Assert.Contains(Hostile, text));
        Assert.NotEqual("pwned", await map.Page.TitleAsync());
    }

    [Fact]
    public async Task AttributionEntries_HtmlAndScriptUrlsFromTheApi_EscapedAndNotLinked()
    {
        await using var map = await MapPage.OpenAsync(server);

        var entries = await map.Page.EvaluateAsync<string[]>(
            """
            async (hostile) => {
              const { attributionEntries } = await import('/js/attribution.js');
              return attributionEntries({ sources: [{ attribution: hostile, url: 'javascript:alert(1)', licence: hostile, licenceUrl: 'https://example.org/licence' }] });
            }
            """, Hostile);

        var entry = Assert.Single(entries);
        Assert.DoesNotContain("<img", entry);
        Assert.DoesNotContain("javascript:", entry);
        Assert.Contains("&lt;img src=x onerror=&quot;", entry);
        Assert.Contains("<a href=\"https://example.org/licence\"", entry);
    }
}
