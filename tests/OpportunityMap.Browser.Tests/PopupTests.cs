using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace OpportunityMap.Browser.Tests;

/// <summary>Popups: what a click (or Enter) on a feature shows, and that feature text is never run as HTML.</summary>
public sealed class PopupTests(MapServer server)
{
    private const string Hostile = "<img src=x onerror=\"document.title='pwned'\">";

    [Fact]
    public async Task ClickingADArea_OpensPopupWithGradeD_AndTheDescriptionAsAQuotedDocument()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(2);

        var clicked = await map.ClickFeatureAsync("path.om-holc-grade-d");

        var popup = map.Page.Locator(".leaflet-popup .om-popup-holc");
        await Assertions.Expect(popup).ToBeVisibleAsync();
        var area = clicked.Split(',')[0]["HOLC area ".Length..];
        await Assertions.Expect(popup.Locator("h2")).ToHaveTextAsync($"HOLC area {area}");
        await Assertions.Expect(popup.Locator(".om-facts")).ToContainTextAsync("GradeD");
        await Assertions.Expect(popup.Locator(".om-facts")).ToContainTextAsync("Hazardous");
        await Assertions.Expect(popup.Locator(".om-content-note")).ToContainTextAsync("racist language");
        await Assertions.Expect(popup.Locator("figure blockquote")).ToContainTextAsync("Inhabitants");
        await Assertions.Expect(popup.Locator("figcaption cite")).ToContainTextAsync($"HOLC area description {area}, Charlotte, 1935");
        await map.WaitForPopupInViewAsync();
        await map.ScreenshotAsync("holc-d-popup");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Phone360_HolcPopup_FitsOnTheScreenAndScrollsItsText()
    {
        await using var map = await MapPage.OpenAsync(server, width: 360, height: 740);
        await map.ZoomInAsync(3);

        await map.ClickFeatureAsync("path.om-holc-grade-d");

        // Fully inside the map once panned: never wider than the phone, long text scrolls inside the popup.
        await map.WaitForPopupInViewAsync();
        var content = map.Page.Locator(".leaflet-popup-content");
        Assert.True(await content.EvaluateAsync<bool>("c => c.scrollHeight > c.clientHeight"), "The HOLC text should scroll inside the popup.");
        await map.ScreenshotAsync("phone-360-holc-popup");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ClickingAZip_OpensPopupWithIncomeInDollarsAndRankOf34()
    {
        using var client = server.CreateClient();
        var zip = await client.GetFromJsonAsync<JsonElement>("collections/zip-mobility/items?limit=1", TestContext.Current.CancellationToken);
        var county = zip.GetProperty("features")[0].GetProperty("properties").GetProperty("county_household_income_p25").GetDouble();
        await using var map = await MapPage.OpenAsync(server);
        await map.Overlay("Redlining").UncheckAsync();

        var clicked = await map.ClickFeatureAsync("path.om-zip");

        var popup = map.Page.Locator(".leaflet-popup .om-popup-zip");
        await Assertions.Expect(popup).ToBeVisibleAsync();
        await Assertions.Expect(popup.Locator("h2")).ToHaveTextAsync(clicked.Split(',')[0]);
        await Assertions.Expect(popup).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Household income at 35\$\d{2},\d{3}"));
        await Assertions.Expect(popup).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Rank in the county\d{1,2} of 34"));
        await Assertions.Expect(popup).ToContainTextAsync("Census tracts blended");
        await map.WaitForPopupInViewAsync();
        await map.ScreenshotAsync("zip-popup");
        await Assertions.Expect(popup).ToContainTextAsync(
            "Mecklenburg County$" + Math.Round(county, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Keyboard_FocusedHolcArea_EnterOpensItsPopup_EscapeReturnsFocus()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(3);
        var area = map.Page.Locator("path.om-holc-grade-d").First;
        var name = await area.GetAttributeAsync("aria-label");

        // Reached with the keyboard (out and back in), so the focus is marked as keyboard focus.
        await area.FocusAsync();
        await map.Page.Keyboard.PressAsync("Shift+Tab");
        await map.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(area).ToBeFocusedAsync();
        await Assertions.Expect(area).ToHaveCSSAsync("stroke-width", "4px");
        await map.ScreenshotAsync("keyboard-focused-holc-area");
        await map.Page.Keyboard.PressAsync("Enter");

        var popup = map.Page.Locator(".leaflet-popup .om-popup-holc");
        await Assertions.Expect(popup).ToBeFocusedAsync();
        await Assertions.Expect(popup.Locator("h2")).ToHaveTextAsync(name!.Split(',')[0]);
        await map.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popup).ToHaveCountAsync(0);
        await Assertions.Expect(area).ToBeFocusedAsync();
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
              const { holcPopup, zipPopup, tractPopup, resourcePopup } = await import('/js/popups.js');
              const popups = [
                holcPopup({ holc_id: hostile, grade: hostile, category: hostile, city: hostile, map_year: hostile,
                  clarifying_remarks: hostile, favorable_influences: hostile, detrimental_influences: hostile,
                  inhabitants_occupation: hostile, trend_of_desirability: hostile }),
                zipPopup({ zipcode: hostile, post_office_city: hostile, household_income_p25: null, rank: hostile, zip_count: hostile }),
                tractPopup({ geoid: hostile, name: hostile, suppressed: true }),
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
        Assert.Equal(4, texts.Count);
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
