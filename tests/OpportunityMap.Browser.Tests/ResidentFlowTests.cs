namespace OpportunityMap.Browser.Tests;

/// <summary>
/// Issue 16, as a person uses the map: at 1400×900 and 390×844, in English and Spanish, by mouse, touch and
/// keyboard. Each test would catch the return of one of the issue's findings.
/// </summary>
public sealed class ResidentFlowTests(MapServer server)
{
    private static ILocator Search(MapPage map) => map.Page.Locator("#om-search-input");

    private static async Task<JsonElement> FirstResultAsync(MapPage map, string q, string lang) =>
        await map.Page.EvaluateAsync<JsonElement>(
            "async ([q, lang]) => (await (await fetch(`/api/search?q=${q}&lang=${lang}&limit=1`)).json()).results[0]", new[] { q, lang });

    // Finding 1: "Biddleville" opened a card about a dot ("At 35.24491, -80.85716") that said the 1935 map did not grade it.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task SearchANeighborhoodName_OpensItsPlacesCard_TitledOutlinedAndGraded(int width, int height, string lang)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, $"/?lang={lang}");
        var expected = await FirstResultAsync(map, "Biddleville", lang);

        await Search(map).FillAsync("Biddleville");
        await Search(map).PressAsync("Enter");

        var card = map.Page.Locator("#om-card");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(card.Locator("h2")).ToHaveTextAsync(expected.GetProperty("label").GetString()!);
        await Assertions.Expect(card.Locator("h2")).ToContainTextAsync("Biddleville");
        await Assertions.Expect(card.Locator(".om-card-point")).ToBeHiddenAsync();
        await Assertions.Expect(card.Locator(".om-card-grade")).ToContainTextAsync(expected.GetProperty("id").GetString()![..1]);
        // The place is outlined, and the map shows it beside the card.
        var outline = map.Page.Locator("path.om-selection").Last;
        await Assertions.Expect(outline).ToBeVisibleAsync();
        await map.Page.WaitForTimeoutAsync(1200); // the flight to the place (0.8 s)
        var box = (await outline.BoundingBoxAsync())!;
        var mapBox = (await map.Page.Locator("#map").BoundingBoxAsync())!;
        Assert.True(box.X >= mapBox.X - 1 && box.Y >= mapBox.Y - 1 && box.X + box.Width <= mapBox.X + mapBox.Width + 1
            && box.Y + box.Height <= mapBox.Y + mapBox.Height + 1, $"The outline ({box.X},{box.Y} {box.Width}×{box.Height}) is not all in the map's view.");
        await map.ScreenshotAsync($"search-biddleville-{width}-{lang}");
        Assert.Empty(map.Errors);
    }

    // Finding 1 (ZIP): 28208 opened a point card, never titled with the ZIP.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task SearchAZip_OpensTheZipsOwnCard_WithTheZipsNumbers(int width, int height, string lang)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, $"/?lang={lang}");
        var zip = await map.Page.EvaluateAsync<JsonElement>("async () => (await (await fetch('/collections/zip-mobility/items/28208')).json()).properties");

        await Search(map).FillAsync("28208");
        await Search(map).PressAsync("Enter");

        var card = map.Page.Locator("#om-card");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(card.Locator("h2")).ToHaveTextAsync(new Regex(lang == "es" ? "^Código postal 28208 · " : "^ZIP 28208 · "));
        var income = zip.GetProperty("household_income_p25").GetDouble();
        await Assertions.Expect(card.Locator(".om-card-zip")).ToContainTextAsync(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"${Math.Round(income, MidpointRounding.AwayFromZero):N0}"));
        // The land of 28208 that the 1935 map graded, area by area, rather than "not graded".
        await Assertions.Expect(card.Locator(".om-card-overlaps li").First).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }

    // Finding 2: the table was 471 Tabs from the top, activating it left the focus on the button, no skip link.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task Keyboard_SkipLinksComeFirst_AndTheTableIsAFewTabsAway_WithTheFocusMovedIntoIt(int width, int height, string lang)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, $"/?lang={lang}");
        var names = lang == "es"
            ? (Search: "Ir a la búsqueda", Map: "Ir al mapa", Table: "Ir a la vista de tabla")
            : (Search: "Skip to the search", Map: "Skip to the map", Table: "Skip to the table view");

        await map.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Link, new() { Name = names.Search })).ToBeFocusedAsync();
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Link, new() { Name = names.Search })).ToBeInViewportAsync();
        await map.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Link, new() { Name = names.Map })).ToBeFocusedAsync();
        await map.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Link, new() { Name = names.Table })).ToBeFocusedAsync();

        await map.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(map.Page.Locator("#om-table")).ToBeVisibleAsync();
        Assert.True(await map.Page.EvaluateAsync<bool>("() => document.getElementById('om-table').contains(document.activeElement)"),
            "The focus must move into the table view.");
        await map.Page.Keyboard.PressAsync("Tab");
        Assert.True(await map.Page.EvaluateAsync<bool>("() => document.getElementById('om-table').contains(document.activeElement)"),
            "The next Tab stays in the table.");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Keyboard_TableViewButton_WithinTenTabs_MovesTheFocusIntoTheTable()
    {
        await using var map = await MapPage.OpenAsync(server, 1400, 900);
        var toggle = map.Page.GetByRole(AriaRole.Button, new() { Name = "Table view" });

        var tabs = 0;
        while (tabs < 10 && !await toggle.EvaluateAsync<bool>("b => b === document.activeElement"))
        {
            await map.Page.Keyboard.PressAsync("Tab");
            tabs++;
        }

        Assert.True(tabs < 10, "The table view button must be among the first ten Tabs.");
        await map.Page.Keyboard.PressAsync("Enter");
        Assert.True(await map.Page.EvaluateAsync<bool>("() => document.getElementById('om-table').contains(document.activeElement)"));
    }

    // Finding 2: a focused area's ring was hidden under the park dots.
    [Fact]
    public async Task Keyboard_AFocusedArea_IsRingedAboveTheResourceDots()
    {
        await using var map = await MapPage.OpenAsync(server, 1400, 900);
        await map.Page.Keyboard.PressAsync("Tab"); // keyboard modality: focus() below is keyboard focus

        await map.Page.Locator("path.om-holc-grade-d").First.EvaluateAsync("p => p.focus()");

        var rings = map.Page.Locator(".leaflet-om-focus-ring-pane path.om-focus-ring");
        await Assertions.Expect(rings).ToHaveCountAsync(2);
        var (ringPane, resourcePane) = (await ZIndexAsync(map, "om-focus-ring"), await ZIndexAsync(map, "om-resources"));
        Assert.True(ringPane > resourcePane, $"The ring's pane ({ringPane}) must be above the resources' ({resourcePane}).");
        // The ring leaves with the focus.
        await Search(map).FocusAsync();
        await Assertions.Expect(rings).ToHaveCountAsync(0);
    }

    private static Task<int> ZIndexAsync(MapPage map, string pane) =>
        map.Page.EvaluateAsync<int>($"() => Number(getComputedStyle(document.querySelector('.leaflet-{pane}-pane')).zIndex)");

    // Finding 3: a 156-226 px header on a phone, tools floating mid-map, a 17% map with a card, the tap that missed.
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Phone_CompactHeader_ClearMapMiddle_AndHalfTheScreenForTheMapWithACard(string lang)
    {
        await using var map = await MapPage.OpenAsync(server, 390, 844, $"/?lang={lang}");
        var header = map.Page.Locator(".om-header");
        var before = (await header.BoundingBoxAsync())!.Height;
        Assert.True(before <= 100, $"The phone header is {before} px high.");

        await Search(map).FocusAsync();
        await Search(map).FillAsync("zzzz");
        await Assertions.Expect(map.Page.Locator(".om-search-message")).Not.ToBeEmptyAsync();
        Assert.Equal(before, (await header.BoundingBoxAsync())!.Height);

        // Nothing but the map in its middle: every visible control keeps clear of the central box.
        var mapBox = (await map.Page.Locator("#map").BoundingBoxAsync())!;
        var (cx, cy, cw, ch) = (mapBox.X + mapBox.Width * 0.3, mapBox.Y + mapBox.Height * 0.3, mapBox.Width * 0.4, mapBox.Height * 0.4);
        foreach (var control in await map.Page.Locator(".leaflet-control:visible").AllAsync())
        {
            var b = (await control.BoundingBoxAsync())!;
            Assert.False(b.X < cx + cw && b.X + b.Width > cx && b.Y < cy + ch && b.Y + b.Height > cy,
                $"A control ({await control.GetAttributeAsync("class")}) covers the map's middle.");
        }

        // The map tools are in the menu.
        await map.Page.Locator(".om-menu-toggle").ClickAsync();
        await Assertions.Expect(map.Page.Locator(".om-menu .om-draw-control")).ToBeVisibleAsync();
        await map.Page.Locator(".om-menu-toggle").ClickAsync();

        await Search(map).FillAsync("28208");
        await Search(map).PressAsync("Enter");
        await Assertions.Expect(map.Page.Locator("#om-card")).ToHaveAttributeAsync("data-state", "ready");
        var mapHeight = (await map.Page.Locator("#map").BoundingBoxAsync())!.Height;
        Assert.True(mapHeight >= 0.4 * 844, $"With a card open the map is {mapHeight} px of 844.");

        // Closing the card: the header does not move under the next tap.
        await map.Page.Locator(".om-card-close").ClickAsync();
        Assert.Equal(before, (await header.BoundingBoxAsync())!.Height);
        await map.ScreenshotAsync($"phone-header-{lang}");
        Assert.Empty(map.Errors);
    }

    // Finding 5: after EN → ES, Share and Cite stayed English and the report link dropped lang=es.
    [Theory]
    [InlineData(1400, 900)]
    [InlineData(390, 844)]
    public async Task SwitchingToSpanish_RelabelsShareAndCite_AndThePagesLinksKeepTheLanguage(int width, int height)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, "/?lang=en");
        if (width < 600)
        {
            await map.Page.Locator(".om-menu-toggle").ClickAsync();
        }

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "ES – Español" }).ClickAsync();

        await Assertions.Expect(map.Page.Locator(".om-share-button")).ToHaveTextAsync("Compartir");
        await Assertions.Expect(map.Page.Locator(".om-cite-button")).ToHaveTextAsync("Citar esta vista");
        Assert.EndsWith("lang=es", await map.Page.Locator(".om-header-links a[href^='report.html']").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.EndsWith("lang=es", await map.Page.Locator(".om-header-links a[href^='nation.html']").GetAttributeAsync("href"), StringComparison.Ordinal);

        // The report's own links (the map, the nation page) keep it too.
        await map.Page.GotoAsync((await map.Page.Locator(".om-header-links a[href^='report.html']").GetAttributeAsync("href"))!);
        await Assertions.Expect(map.Page.Locator("#report-back")).ToHaveAttributeAsync("href", "./?lang=es");
        await Assertions.Expect(map.Page.Locator("#report-nation")).ToHaveAttributeAsync("href", "nation.html?lang=es");
    }

    // Finding 6: 11 source lines (Mapping Inequality ×4), metrics without units or meaning, names in capitals.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task Card_SourcesOnceInOneLine_MetricsWithUnitsYearsAndASentence_NamesInTitleCase(int width, int height, string lang)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, $"/?lang={lang}");
        await Search(map).FillAsync("37119004700");
        await Search(map).PressAsync("Enter");
        var card = map.Page.Locator("#om-card");
        await Assertions.Expect(card).ToHaveAttributeAsync("data-state", "ready");

        var sources = card.Locator(".om-card-sources");
        await Assertions.Expect(sources.Locator("summary")).ToHaveTextAsync(new Regex(lang == "es" ? "^Fuentes: " : "^Sources: "));
        await Assertions.Expect(sources.Locator("li").First).Not.ToBeVisibleAsync();
        var summary = await sources.Locator("summary > span").First.TextContentAsync();
        Assert.Single(Regex.Matches(summary!, "Mapping Inequality"));
        await sources.Locator("summary").ClickAsync();
        var items = await sources.Locator("li a:first-child").AllTextContentsAsync();
        Assert.Equal(items.Count, items.Distinct().Count());

        var metrics = card.Locator(".om-card-metrics dd");
        Assert.True(await metrics.CountAsync() >= 8);
        foreach (var dd in (await metrics.AllTextContentsAsync()).Take(12))
        {
            Assert.Matches(lang == "es" ? @"(%|\$|acre).*en 20\d\d" : @"(%|\$|per acre).*in 20\d\d", dd);
        }

        await Assertions.Expect(card.Locator(".om-card-metric-explain").First).Not.ToBeEmptyAsync();
        foreach (var name in await card.Locator(".om-card-nearest-list li span:nth-child(2)").AllTextContentsAsync())
        {
            Assert.DoesNotMatch(@"\b[A-Z]{4,}\b", name);
        }
    }
}
