using System.Text.Json.Nodes;

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// Issue 16, finding 5, in a real browser: the base map's credit, the card's words and the 1935 description on a
/// Spanish page (the description quoted as written, in English, and marked so); at 1400×900 and 390×844.
/// </summary>
public sealed class SpanishPageTests(MapServer server)
{
    public static TheoryData<int, int> Sizes => new() { { 1400, 900 }, { 390, 844 } };

    // English a Spanish card once carried: metric names, source details, category names, the base map's credit.
    private static readonly string[] EnglishWords =
    [
        "Proximity", "Household Income", "digitised", "children born", "dollars", "Universidades y colleges", "contributors",
        "Sources", "Nearest", "Share", "Cite",
    ];

    // The deployment's settings with an OpenStreetMap-like base map and no credit of its own (the default).
    private static async Task WithDefaultBaseMapAsync(IPage page)
    {
        await page.RouteAsync("**/map-config", async route =>
        {
            var response = await route.FetchAsync();
            var config = JsonNode.Parse(await response.TextAsync())!;
            config["baseMapUrl"] = "/test-tiles/{z}/{x}/{y}.png";
            config["baseMapAttribution"] = null;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = config.ToJsonString() });
        });
        await page.RouteAsync("**/test-tiles/**", route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "image/png", BodyBytes = PageTests.OnePixelPng }));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task BaseMapCredit_IsSpanishOnASpanishPage_AndFollowsTheLanguageSwitch(int width, int height)
    {
        await using var map = await MapPage.CreateAsync(server, width, height);
        await WithDefaultBaseMapAsync(map.Page);
        await map.GotoAsync("/?lang=es");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");

        var attribution = map.Page.Locator(".leaflet-control-attribution");
        await Assertions.Expect(attribution).ToContainTextAsync("Mapa base © colaboradores de OpenStreetMap");
        await Assertions.Expect(attribution).Not.ToContainTextAsync("contributors");
        await Assertions.Expect(attribution.GetByRole(AriaRole.Link, new() { Name = "OpenStreetMap", Exact = true })).ToHaveAttributeAsync("href", "https://www.openstreetmap.org/copyright");

        if (width < 600)
        {
            await map.Page.Locator(".om-menu-toggle").ClickAsync();
        }

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "EN – English" }).ClickAsync();
        await Assertions.Expect(attribution).ToContainTextAsync("Base map © OpenStreetMap contributors");
        await Assertions.Expect(attribution).Not.ToContainTextAsync("colaboradores");
        Assert.Empty(map.Errors);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task EmbedBaseMapCredit_IsSpanish(int width, int height)
    {
        await using var map = await MapPage.CreateAsync(server, width, height);
        await WithDefaultBaseMapAsync(map.Page);
        await map.GotoAsync("/embed?lang=es");
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");

        var sources = map.Page.Locator("#om-embed-sources");
        await Assertions.Expect(sources.Locator("summary")).ToContainTextAsync("Mapa base");
        await Assertions.Expect(sources).ToContainTextAsync("colaboradores de OpenStreetMap");
        await Assertions.Expect(sources).Not.ToContainTextAsync("contributors");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task SpanishCard_HasNoEnglishOfOurs_AndMarksThe1935TextAsEnglish(int width, int height)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, "/?lang=es");
        await map.Page.Locator("#om-search-input").FillAsync("Biddleville");
        await map.Page.Locator("#om-search-input").PressAsync("Enter");
        var card = map.Page.Locator("#om-card");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "ready");

        await card.Locator(".om-card-document summary").ClickAsync();

        // The appraisers' words are quoted as they were written, in English, and say so to screen readers.
        var quote = card.Locator(".om-card-document blockquote");
        await Assertions.Expect(quote).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(quote).ToContainTextAsync("Biddleville");
        Assert.Equal("es", await map.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
        // Everything else in the card is Spanish.
        var words = await card.EvaluateAsync<string>(
            "c => { const copy = c.cloneNode(true); copy.querySelectorAll('[lang=en]').forEach((e) => e.remove()); return copy.textContent; }");
        Assert.All(EnglishWords, english => Assert.DoesNotContain(english, words, StringComparison.Ordinal));
        Assert.Empty(map.Errors);
    }
}
