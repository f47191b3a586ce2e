namespace OpportunityMap.Browser.Tests;

/// <summary>The search combobox (GET /api/search) and "use my location".</summary>
public sealed class SearchTests(MapServer server)
{
    private static ILocator Input(MapPage map) => map.Page.GetByRole(AriaRole.Combobox, new() { Name = "Search" });

    private static async Task<double[]> CentreAsync(MapPage map) =>
        (await map.Page.Locator("#map").GetAttributeAsync("data-centre"))!.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task Search28208_Enter_MapGoesToThatZip_AndOpensItsCard()
    {
        await using var map = await MapPage.OpenAsync(server);
        var bbox = await map.Page.EvaluateAsync<double[]>(
            "async () => (await (await fetch('/api/search?q=28208&limit=1')).json()).results[0].bbox");

        await Input(map).FillAsync("28208");
        await Input(map).PressAsync("Enter");

        var card = map.Page.Locator("#om-card");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(card.Locator(".om-card-place")).ToHaveTextAsync(new Regex("^ZIP 28208 · "));
        await Assertions.Expect(card.Locator("h2")).ToBeFocusedAsync();
        // The flight ends with the ZIP's box in view: the centre inside it and closer than the county view.
        await map.Page.WaitForFunctionAsync("() => Number(document.getElementById('map').dataset.zoom) > 11");
        await Assertions.Expect(map.Page.Locator("#map")).ToHaveAttributeAsync("data-centre", new Regex(@"^35\.\d+,-80\.\d+$"));
        await map.Page.WaitForFunctionAsync(
            "([w, s, e, n]) => { const [lat, lon] = document.getElementById('map').dataset.centre.split(',').map(Number); return lon > w && lon < e && lat > s && lat < n; }",
            bbox);
        var centre = await CentreAsync(map);
        Assert.InRange(centre[1], bbox[0], bbox[2]);
        Assert.InRange(centre[0], bbox[1], bbox[3]);
        await map.ScreenshotAsync("search-28208");

        // Escape closes the card and gives the focus back to the search box.
        await map.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Input(map)).ToBeFocusedAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Combobox_ArrowKeysChooseASuggestion_EscapeClosesTheList()
    {
        await using var map = await MapPage.OpenAsync(server);
        var input = Input(map);

        await input.PressSequentiallyAsync("282");

        var options = map.Page.GetByRole(AriaRole.Option);
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "true");
        // 282xx ZIPs are offered (after the neighborhood numbered 282, an exact match).
        await Assertions.Expect(options.Filter(new LocatorFilterOptions { HasTextRegex = new Regex(@"^282\d\dZIP code · ") })).Not.ToHaveCountAsync(0);
        Assert.True(await options.CountAsync() > 1);
        await input.PressAsync("ArrowDown");
        await input.PressAsync("ArrowDown");
        var second = options.Nth(1);
        await Assertions.Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", (await second.GetAttributeAsync("id"))!);
        await input.PressAsync("ArrowUp");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");

        await input.PressAsync("Escape");

        await Assertions.Expect(input).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await Assertions.Expect(input).ToHaveValueAsync("282");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task NoGeocoder_PageSaysAddressSearchIsNotConfigured()
    {
        await using var map = await MapPage.OpenAsync(server);

        await Assertions.Expect(map.Page.Locator("#om-search-hint")).ToHaveTextAsync(
            "Address search is not configured on this site: search a ZIP code, town, neighborhood or place instead.");
        await Input(map).FillAsync("600 East Fourth Street");
        await Input(map).PressAsync("Enter");
        await Assertions.Expect(map.Page.Locator(".om-search-message")).ToContainTextAsync("Address search is not configured");
        await Assertions.Expect(map.Page.Locator("#om-card")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task UseMyLocation_Denied_SaysSoPlainly()
    {
        await using var map = await MapPage.OpenAsync(server);

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Use my location" }).ClickAsync();

        await Assertions.Expect(map.Page.Locator(".om-search-message")).ToContainTextAsync("Location access was denied");
    }

    [Fact]
    public async Task UseMyLocation_Granted_OpensTheCardThere()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = 35.2271f, Longitude = -80.8431f },
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "ready");

            await page.GetByRole(AriaRole.Button, new() { Name = "Use my location" }).ClickAsync();

            await Assertions.Expect(page.Locator("#om-card")).ToHaveAttributeAsync("data-state", "ready");
            await Assertions.Expect(page.Locator("#om-card .om-card-point")).ToHaveTextAsync("At 35.2271, -80.8431");
            await Assertions.Expect(page.Locator("#om-card .om-card-zip")).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
