using OpportunityMap.Server.Sharing;

namespace OpportunityMap.Browser.Tests;

/// <summary>The URL holds the whole view: a permalink restores it, Back returns to the view before a change.</summary>
public sealed class PermalinkTests(MapServer server)
{
    private const string DefaultCentre = "35.22700,-80.84300";

    // The server's view defaults (/map-config's view), as the page writes them.
    private static readonly string DefaultZoom = ViewState.DefaultZoom.ToString(CultureInfo.InvariantCulture);
    private static readonly string DefaultOpacity = ViewState.DefaultOpacity.ToString(CultureInfo.InvariantCulture);

    // One zoom step in from the default view.
    private static readonly string ZoomedIn = (ViewState.DefaultZoom + 1).ToString(CultureInfo.InvariantCulture);

    // The view is written to the address with history.pushState/replaceState: the address is polled until it holds
    // every parameter with exactly this value (WaitForURL waits for a navigation's load event, which a same-document
    // change may not give in time; a bare substring would take opacity=0.35 for opacity=0.3).
    private static Regex UrlWith(params string[] parameters) =>
        new(string.Concat(parameters.Select(parameter => $"(?=.*[?&]{Regex.Escape(parameter)}(&|$))")));

    [Fact]
    public async Task ViewState_ParseAndSerialize_RoundTripAndDropMalformedValues()
    {
        await using var map = await MapPage.OpenAsync(server);

        var result = await map.Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const { knownFrom, parse, serialize } = await import('/js/viewState.js');
              // The default layers, view and categories are the deployment's.
              const known = knownFrom(await (await fetch('/map-config')).json());
              const round = (q) => serialize(parse(new URLSearchParams(q), known));
              return [
                round(''),
                round('lang=es&c=35.123456,-80.9&z=14&layers=resources,zip-mobility,nope&cats=park,library&opacity=.35&pt=35.2,-80.8&title=%20A%20%20title'),
                round('z=19&c=91,0&layers=&cats=&opacity=1.5&pt=35&lang=fr&city=../x'),
                round('layers=none&cats=school,college,library,park,hospital,fire_station,police_station&z=0'),
              ];
            }
            """);

        Assert.Equal(
            [
                $"c={DefaultCentre}&z={DefaultZoom}&layers=redlining-1935,zip-mobility,resources&opacity={DefaultOpacity}",
                "lang=es&c=35.12346,-80.90000&z=14&layers=zip-mobility,resources&cats=library,park&opacity=0.35&pt=35.20000,-80.80000&title=A%20title",
                $"c={DefaultCentre}&z={DefaultZoom}&layers=redlining-1935,zip-mobility,resources&opacity={DefaultOpacity}",
                $"c={DefaultCentre}&z=0&layers=none&opacity={DefaultOpacity}",
            ],
            result.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Permalink_Reloaded_RestoresCentreZoomLayersCategoriesOpacityAndCardPoint()
    {
        const string view = "lang=en&c=35.21234,-80.81234&z=13&layers=zip-mobility,tract-mobility,resources&cats=library,park&opacity=0.35&pt=35.20000,-80.83000";
        await using var map = await MapPage.CreateAsync(server);
        await map.Page.GotoAsync($"/?{view}");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await AssertView(map, view);

        await map.Page.ReloadAsync();

        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await AssertView(map, view);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ChangedView_ItsUrlOpenedElsewhere_ShowsTheSameView()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(1);
        await map.Overlay("Parks").UncheckAsync();
        await map.Overlay("by ZIP code").UncheckAsync();
        await SetOpacity(map.Page, 30);
        await Assertions.Expect(map.Page).ToHaveURLAsync(UrlWith("opacity=0.3", $"z={ZoomedIn}"));
        var centre = await map.Page.Locator("#map").GetAttributeAsync("data-centre");

        await using var other = await MapPage.CreateAsync(server);
        await other.Page.GotoAsync(map.Page.Url);
        await Assertions.Expect(other.Status).ToHaveAttributeAsync("data-state", "ready");

        await Assertions.Expect(other.Page.Locator("#map")).ToHaveAttributeAsync("data-centre", centre!);
        await Assertions.Expect(other.Page.Locator("#map")).ToHaveAttributeAsync("data-zoom", ZoomedIn);
        await Assertions.Expect(other.Overlay("by ZIP code")).Not.ToBeCheckedAsync();
        await Assertions.Expect(other.Overlay("Parks")).Not.ToBeCheckedAsync();
        await Assertions.Expect(other.Overlay("Libraries")).ToBeCheckedAsync();
        await Assertions.Expect(other.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        await Assertions.Expect(other.Page.Locator("path.om-holc").First).ToHaveAttributeAsync("fill-opacity", "0.3");
        Assert.Empty(other.Errors);
    }

    [Fact]
    public async Task Back_AfterALayerToggle_RestoresThePreviousView()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(1);
        await Assertions.Expect(map.Page).ToHaveURLAsync(UrlWith($"z={ZoomedIn}"));

        await map.Overlay("by ZIP code").UncheckAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(UrlWith("layers=redlining-1935,resources"));
        await Assertions.Expect(map.Page.Locator("path.om-zip")).ToHaveCountAsync(0);

        await map.Page.GoBackAsync();

        await Assertions.Expect(map.Page.Locator("path.om-zip")).ToHaveCountAsync(34);
        await Assertions.Expect(map.Overlay("by ZIP code")).ToBeCheckedAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(UrlWith("layers=redlining-1935,zip-mobility,resources"));
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-zoom", ZoomedIn);

        await map.Page.GoForwardAsync();

        await Assertions.Expect(map.Page.Locator("path.om-zip")).ToHaveCountAsync(0);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task CardOpenedByAClick_PushesItsPoint_BackClosesIt_ForwardOpensItAgain()
    {
        await using var map = await MapPage.OpenAsync(server);
        var card = map.Page.Locator("#om-card");

        await map.ClickFeatureAsync("path.om-zip");

        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(map.Page).ToHaveURLAsync(new Regex(@"[?&]pt=35\."));
        var withCard = map.Page.Url;

        await map.Page.GoBackAsync();

        await Assertions.Expect(card).ToBeHiddenAsync();
        await Assertions.Expect(map.Page).Not.ToHaveURLAsync(new Regex("[?&]pt="));
        await map.Page.GoForwardAsync();
        await Assertions.Expect(card).ToBeVisibleAsync();
        Assert.Equal(withCard, map.Page.Url);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task LanguageSwitch_IsInTheUrl_BackReturnsToTheFormerLanguage()
    {
        await using var map = await MapPage.OpenAsync(server);

        await map.Page.Locator(".om-lang-button[data-lang=es]").ClickAsync();

        await Assertions.Expect(map.Page).ToHaveURLAsync(UrlWith("lang=es"));
        await Assertions.Expect(map.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await map.Page.GoBackAsync();
        await Assertions.Expect(map.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(map.Page).ToHaveURLAsync(UrlWith("lang=en"));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task MalformedParameters_LoadTheDefaultView_WithoutConsoleErrors()
    {
        await using var map = await MapPage.CreateAsync(server);

        await map.Page.GotoAsync("/?z=abc&c=999,999&layers=<script>&opacity=2&pt=1,2,3&cats=&lang=xx&title=");

        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-centre", DefaultCentre);
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-zoom", DefaultZoom);
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        await Assertions.Expect(map.Page.Locator("path.om-zip")).ToHaveCountAsync(34);
        await Assertions.Expect(map.Page.Locator("path.om-holc").First).ToHaveAttributeAsync("fill-opacity", DefaultOpacity);
        Assert.EndsWith($"/?lang=en&c={DefaultCentre}&z={DefaultZoom}&layers=redlining-1935,zip-mobility,resources&opacity={DefaultOpacity}", map.Page.Url, StringComparison.Ordinal);
        Assert.Empty(map.Errors);
    }

    private static async Task AssertView(MapPage map, string view)
    {
        var mapElement = map.Page.Locator("#map");
        await Assertions.Expect(mapElement).ToHaveAttributeAsync("data-centre", "35.21234,-80.81234");
        await Assertions.Expect(mapElement).ToHaveAttributeAsync("data-zoom", "13");
        await Assertions.Expect(map.Overlay("Redlining")).Not.ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("by ZIP code")).ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("census tract")).ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("Libraries")).ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("Parks")).ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("Schools")).Not.ToBeCheckedAsync();
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(0);
        await Assertions.Expect(map.Page.Locator("path.om-tract")).ToHaveCountAsync(233);
        await Assertions.Expect(map.Page.Locator("path.om-resource-school")).ToHaveCountAsync(0);
        Assert.Equal("35", await map.Page.Locator(".om-legend-holc input[type=range]").InputValueAsync());
        await Assertions.Expect(map.Page.Locator("#om-card")).ToBeVisibleAsync();
        Assert.EndsWith($"/?{view}", map.Page.Url, StringComparison.Ordinal);
    }

    internal static Task SetOpacity(IPage page, int percent) => page.Locator(".om-legend-holc input[type=range]").EvaluateAsync(
        "(input, value) => { input.value = String(value); input.dispatchEvent(new Event('input')); }", percent);
}
