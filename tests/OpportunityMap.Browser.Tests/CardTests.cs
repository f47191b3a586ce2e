namespace OpportunityMap.Browser.Tests;

/// <summary>The "then &amp; now" card: opened by a click, Enter on an area, or the URL; built as text only.</summary>
public sealed class CardTests(MapServer server)
{
    private const string Hostile = "<img src=x onerror=\"window.__pwned = 1\">";

    private ILocator Card(MapPage map) => map.Page.Locator("#om-card");

    private static async Task WaitForCardAsync(MapPage map)
    {
        await Assertions.Expect(map.Page.Locator("#om-card")).ToHaveAttributeAsync("data-state", "ready");
    }

    // Every string of a card answer is markup that would run script if it were ever parsed as HTML.
    private static string HostileCard()
    {
        var description = new Dictionary<string, string>
        {
            ["clarifyingRemarks"] = Hostile, ["favorableInfluences"] = Hostile, ["detrimentalInfluences"] = Hostile,
            ["inhabitantsOccupation"] = Hostile, ["trendOfDesirability"] = Hostile,
        };
        var figures = new { householdIncomeP25 = 1.0, householdIncomeDisplay = Hostile, top20ShareP25 = 0.1, kirRankP25 = 1.0 };
        var card = new
        {
            lon = -80.84, lat = 35.22, lang = "en", units = "imperial", inCounty = true,
            labels = new Dictionary<string, string>
            {
                ["holcTitle"] = Hostile, ["zipTitle"] = Hostile, ["tractTitle"] = Hostile, ["neighborhoodTitle"] = Hostile,
                ["nearestTitle"] = Hostile, ["sourcesTitle"] = Hostile, ["outsideCounty"] = Hostile, ["noHolc"] = Hostile,
                ["householdIncome"] = Hostile, ["rank"] = Hostile, ["countyValue"] = Hostile, ["nationalValue"] = Hostile,
            },
            holc = new
            {
                id = Hostile, grade = Hostile, category = Hostile, categoryLabel = Hostile, fill = Hostile, city = Hostile,
                mapYear = Hostile, areaId = Hostile, description, contentNote = Hostile,
            },
            zip = new
            {
                zipcode = Hostile, postOfficeCity = Hostile, householdIncomeP25 = 1.0, householdIncomeDisplay = Hostile,
                top20ShareP25 = 0.1, kirRankP25 = 1.0, rank = 1, zipCount = 34, rankDisplay = Hostile, tractsBlended = Hostile,
                county = figures, national = figures,
            },
            tract = new { geoid = Hostile, name = Hostile, householdIncomeDisplay = Hostile, suppressed = false },
            neighborhood = (object?)null,
            nearest = new[]
            {
                new { category = Hostile, categoryLabel = Hostile, id = Hostile, name = Hostile, type = Hostile, address = Hostile, lon = -80.84, lat = 35.22, distanceMetres = 1.0, distanceDisplay = Hostile },
            },
            sources = new[]
            {
                new { layer = Hostile, name = Hostile, url = "javascript:window.__pwned = 1", licence = Hostile, licenceUrl = Hostile, attribution = Hostile, vintage = Hostile },
            },
        };
        return JsonSerializer.Serialize(card);
    }

    [Fact]
    public async Task ClickingADArea_CardShowsGradeD_AndTheDescriptionBehindAContentNote()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(2);

        var clicked = await map.ClickFeatureAsync("path.om-holc-grade-d");

        await WaitForCardAsync(map);
        var card = Card(map);
        var area = clicked.Split(',')[0]["HOLC area ".Length..];
        await Assertions.Expect(card.Locator("h2")).ToBeFocusedAsync();
        await Assertions.Expect(card.Locator(".om-card-holc h3")).ToHaveTextAsync("In 1935");
        await Assertions.Expect(card.Locator(".om-card-grade")).ToHaveTextAsync("DGrade D: “Hazardous”");
        await Assertions.Expect(card.Locator(".om-card-holc")).ToContainTextAsync($"1935 area {area}, Charlotte");
        // The 1935 words wait behind the content note until the reader opens them.
        var document = card.Locator(".om-card-document blockquote");
        await Assertions.Expect(document).ToBeHiddenAsync();
        await card.Locator(".om-card-document summary").ClickAsync();
        await Assertions.Expect(card.Locator(".om-content-note")).ToContainTextAsync("racist language");
        await Assertions.Expect(document).ToBeVisibleAsync();
        await Assertions.Expect(document).ToContainTextAsync("Inhabitants: occupation");
        await Assertions.Expect(card.Locator("figcaption cite")).ToHaveTextAsync($"HOLC area description {area}, Charlotte, 1935");
        await Assertions.Expect(card.Locator(".om-card-zip")).ToContainTextAsync(new Regex(@"\d{1,2}(-\d{1,2})? of 31"));
        await Assertions.Expect(card.Locator(".om-card-nearest li")).ToHaveCountAsync(7);
        await Assertions.Expect(card.Locator(".om-card-sources")).ToContainTextAsync("Mapping Inequality");
        await Assertions.Expect(map.Page.Locator("path.om-card-pin")).ToHaveCountAsync(1);
        Assert.Matches(@"[?&]pt=35\.\d+,-80\.\d+", map.Page.Url);
        await map.ScreenshotAsync("card-holc-d");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ClickingAZip_CardShowsIncomeInDollars_RankOf34_AndTheCountyValue()
    {
        var zips = await server.GetJsonAsync("collections/zip-mobility/items?limit=1");
        var county = zips.GetProperty("features")[0].GetProperty("properties").GetProperty("county_household_income_p25").GetDouble();
        await using var map = await MapPage.OpenAsync(server);
        await map.Overlay("Redlining").UncheckAsync();

        var clicked = await map.ClickFeatureAsync("path.om-zip");

        await WaitForCardAsync(map);
        var zip = Card(map).Locator(".om-card-zip");
        var zipcode = clicked.Split(',')[0]["ZIP ".Length..];
        await Assertions.Expect(zip.Locator(".om-card-place")).ToHaveTextAsync(new Regex($"^ZIP {zipcode} · "));
        await Assertions.Expect(zip).ToContainTextAsync(new Regex(@"Household income at 35 of children from low-income families\$\d{2},\d{3}"));
        // A band of the 31 ZIP codes with enough children behind their value, or too few children to rank.
        await Assertions.Expect(zip).ToContainTextAsync(new Regex(@"Rank among the county's ZIP codes(\d{1,2}(-\d{1,2})? of 31|too few children to rank \(\d+\))"));
        await Assertions.Expect(zip).ToContainTextAsync(new Regex(@"Children behind the value[\d,]+ children behind it"));
        await Assertions.Expect(zip).ToContainTextAsync(new Regex(@"Black children(income rank [\d.]+ of 100 \([\d,]+ children\)|too few children to rank|not published)"));
        await Assertions.Expect(zip).ToContainTextAsync(
            "Mecklenburg County$" + Math.Round(county, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture));
        await Assertions.Expect(zip).ToContainTextAsync(new Regex(@"Census tracts blended\d+"));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Keyboard_TabToAHolcArea_EnterOpensItsCard_EscapeReturnsFocus()
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

        await WaitForCardAsync(map);
        var card = Card(map);
        await Assertions.Expect(card.Locator("h2")).ToBeFocusedAsync();
        await Assertions.Expect(card.Locator(".om-card-holc")).ToContainTextAsync($"1935 area {name!.Split(',')[0]["HOLC area ".Length..]}, Charlotte");
        await Assertions.Expect(card.Locator(".om-card-grade")).ToContainTextAsync("Grade D");
        await map.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(card).ToBeHiddenAsync();
        await Assertions.Expect(area).ToBeFocusedAsync();
        await Assertions.Expect(map.Page.Locator("path.om-card-pin")).ToHaveCountAsync(0);
        Assert.DoesNotContain("pt=", map.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SwitchToSpanish_CardOpen_LegendAndCardInSpanish()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.ZoomInAsync(2);
        await map.ClickFeatureAsync("path.om-holc-grade-d");
        await WaitForCardAsync(map);
        await Assertions.Expect(Card(map).Locator(".om-card-grade")).ToContainTextAsync("Grade D");

        await map.Page.Locator(".om-lang-button[data-lang=es]").ClickAsync();

        var card = Card(map);
        await Assertions.Expect(card.Locator(".om-card-grade")).ToHaveTextAsync("DCalificación D: «Peligroso»");
        await WaitForCardAsync(map);
        await Assertions.Expect(card.Locator("h2")).ToHaveTextAsync("Antes y ahora");
        await Assertions.Expect(card.Locator(".om-card-zip")).ToContainTextAsync(new Regex(@"\d{1,2}(-\d{1,2})? de 31"));
        await Assertions.Expect(card.Locator(".om-card-document summary")).ToContainTextAsync("lenguaje racista");
        await Assertions.Expect(card.Locator(".om-card-close")).ToHaveAttributeAsync("aria-label", "Cerrar la ficha");
        await Assertions.Expect(map.Page.Locator(".om-legend summary")).ToHaveTextAsync("Leyenda");
        await Assertions.Expect(map.Page.Locator(".om-legend-holc li").Last).ToHaveTextAsync("D — Peligroso");
        await map.ScreenshotAsync("card-holc-d-es");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Phone360_Card_IsABottomSheet_WithTheMapAndItsControlsAbove()
    {
        await using var map = await MapPage.OpenAsync(server, width: 360, height: 740);
        await map.ZoomInAsync(3);

        await map.ClickFeatureAsync("path.om-holc-grade-d");

        await WaitForCardAsync(map);
        var card = Card(map);
        await card.Locator(".om-card-document summary").ClickAsync();
        var layout = await map.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const card = document.getElementById('om-card').getBoundingClientRect();
              const map = document.getElementById('map').getBoundingClientRect();
              const zoom = document.querySelector('.leaflet-control-zoom-in').getBoundingClientRect();
              const close = document.querySelector('.om-card-close').getBoundingClientRect();
              const sheet = document.getElementById('om-card');
              return { cardTop: card.top, cardBottom: card.bottom, cardWidth: card.width, mapTop: map.top, mapBottom: map.bottom,
                zoomBottom: zoom.bottom, closeTop: close.top, scrolls: sheet.scrollHeight > sheet.clientHeight };
            }
            """);
        await map.ScreenshotAsync("phone-360-card");
        Assert.Equal(740, layout.GetProperty("cardBottom").GetDouble(), 1.0);
        Assert.Equal(360, layout.GetProperty("cardWidth").GetDouble(), 1.0);
        Assert.True(layout.GetProperty("mapBottom").GetDouble() <= layout.GetProperty("cardTop").GetDouble() + 1, "The sheet must sit below the map, not over it.");
        Assert.True(layout.GetProperty("zoomBottom").GetDouble() < layout.GetProperty("mapBottom").GetDouble(), "The zoom control must stay on screen above the sheet.");
        Assert.True(layout.GetProperty("closeTop").GetDouble() >= layout.GetProperty("cardTop").GetDouble(), "The close button must be inside the sheet.");
        Assert.True(layout.GetProperty("scrolls").GetBoolean(), "The opened description should scroll inside the sheet.");

        await card.Locator(".om-card-close").ClickAsync();
        await Assertions.Expect(card).ToBeHiddenAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task UrlPoint_OpensItsCard_MalformedPointIgnored()
    {
        var search = await server.GetJsonAsync("api/search?q=D8&limit=1");
        var d8 = search.GetProperty("results")[0];
        var pt = string.Create(CultureInfo.InvariantCulture, $"{d8.GetProperty("lat").GetDouble():0.#####},{d8.GetProperty("lon").GetDouble():0.#####}");

        await using var map = await MapPage.OpenAsync(server, path: $"/?pt={pt}");

        await WaitForCardAsync(map);
        await Assertions.Expect(Card(map).Locator(".om-card-holc")).ToContainTextAsync("1935 area D8, Charlotte");

        await map.GotoAsync("/?pt=north,pole");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(Card(map)).ToBeHiddenAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task HostileTextInTheCardAnswer_ShownAsText_NothingRunsOrLinks()
    {
        await using var map = await MapPage.CreateAsync(server);
        await map.Page.RouteAsync("**/api/card?**", (route) => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200, ContentType = "application/json", Body = HostileCard(),
        }));
        await map.GotoAsync();
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");

        await map.Page.Locator("#map").ClickAsync(new LocatorClickOptions { Position = new Position { X = 300, Y = 300 } });

        await WaitForCardAsync(map);
        var card = Card(map);
        await card.Locator(".om-card-document summary").ClickAsync();
        await Assertions.Expect(card.Locator(".om-card-holc h3")).ToHaveTextAsync(Hostile);
        await Assertions.Expect(card.Locator(".om-card-document blockquote")).ToContainTextAsync(Hostile);
        await Assertions.Expect(card.Locator(".om-card-nearest")).ToContainTextAsync(Hostile);
        Assert.Equal(0, await card.Locator("img").CountAsync());
        Assert.Equal(0, await card.Locator("a[href^='javascript']").CountAsync());
        Assert.False(await map.Page.EvaluateAsync<bool>("() => window.__pwned === 1"));
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task CardApiFails_CardSaysSo_AndCloses()
    {
        await using var map = await MapPage.CreateAsync(server);
        await map.Page.RouteAsync("**/api/card?**", (route) => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503, ContentType = "application/problem+json",
            Body = """{"title":"The data store is unavailable","status":503}""",
        }));
        await map.GotoAsync();
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");

        await map.Page.Locator("#map").ClickAsync(new LocatorClickOptions { Position = new Position { X = 300, Y = 300 } });

        await Assertions.Expect(Card(map)).ToHaveAttributeAsync("data-state", "error");
        await Assertions.Expect(Card(map).Locator("[role=alert]")).ToContainTextAsync("The data store is unavailable");
        await Assertions.Expect(Card(map).Locator("h2")).ToBeFocusedAsync();
        await map.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(Card(map)).ToBeHiddenAsync();
        Assert.DoesNotContain("pt=", map.Page.Url, StringComparison.Ordinal);
    }
}
