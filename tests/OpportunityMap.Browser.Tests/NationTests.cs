namespace OpportunityMap.Browser.Tests;

/// <summary>
/// The three national additions as a resident meets them, in English and Spanish: where the county stands in the
/// nation and every HOLC city (nation.html, linked from the map), each city's numbers in the city picker, and economic
/// connectedness in the card, on the map and by grade in the 1935 report.
/// </summary>
public sealed partial class NationTests(MapServer server)
{
    private static async Task DoneAsync(IPage page, params string[] statuses)
    {
        foreach (var status in statuses)
        {
            await Assertions.Expect(page.Locator(status)).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        }
    }

    // A page of the site at `path`, once each of its status lines says its part is done.
    private async Task<MapPage> OpenDoneAsync(string path, params string[] statuses)
    {
        var map = await MapPage.CreateAsync(server);
        try
        {
            await map.Page.GotoAsync(path);
            await DoneAsync(map.Page, statuses);
            return map;
        }
        catch
        {
            await map.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task NationPage_LinkedFromTheMap_ShowsTheRanks_AndEveryCitySortable()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.Page.GetByRole(AriaRole.Link, new() { Name = "In the nation" }).ClickAsync();
        var page = map.Page;
        await DoneAsync(page, "#benchmarks-status", "#cities-status");

        var benchmarks = page.Locator("#benchmarks");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Where the county stands in the nation" })).ToBeVisibleAsync();
        await Assertions.Expect(benchmarks).ToContainTextAsync("rank 2,929 of 3,208 US counties");
        await Assertions.Expect(benchmarks).ToContainTextAsync("Rank 73 of 100 counties in its state");
        await Assertions.Expect(benchmarks).ToContainTextAsync("rank 49 of the 50 largest commuting zones");
        await Assertions.Expect(benchmarks).ToContainTextAsync("does not reproduce");
        await Assertions.Expect(benchmarks.GetByRole(AriaRole.Rowheader, new() { Name = "Black children" })).ToBeVisibleAsync();

        var table = page.Locator("#cities-table");
        var charlotte = table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Charlotte, NC" });
        await Assertions.Expect(charlotte).ToContainTextAsync("$40,294");
        await Assertions.Expect(charlotte.Locator("td").Last).ToHaveTextAsync("7");
        Assert.Equal(202, await table.Locator("tbody tr").CountAsync());
        await Assertions.Expect(page.Locator("#cities-chart svg[role=img] desc")).ToContainTextAsync("7. Charlotte, NC: A $40,294, D $19,507");

        // Sorting by the city's name, then the other way, from the header buttons.
        var city = table.GetByRole(AriaRole.Button, new() { Name = "City" });
        await city.ClickAsync();
        await Assertions.Expect(table.Locator("thead th").First).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("Akron, OH");
        await city.ClickAsync();
        await Assertions.Expect(table.Locator("thead th").First).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("th")).Not.ToHaveTextAsync("Akron, OH");
        Assert.Empty(map.Errors);
        await map.ScreenshotAsync("desktop-nation-page");
    }

    [Fact]
    public async Task NationPage_InSpanish_AndBackToEnglish()
    {
        await using var map = await OpenDoneAsync("/nation.html?lang=es", "#benchmarks-status", "#cities-status");
        var page = map.Page;

        await Assertions.Expect(page).ToHaveTitleAsync("Charlotte-Mecklenburg en el país — OpportunityMap");
        await Assertions.Expect(page.Locator("#benchmarks")).ToContainTextAsync("puesto 2,929 de 3,208 condados de EE. UU.");
        await Assertions.Expect(page.Locator("#benchmarks")).ToContainTextAsync("Puesto 73 de 100 condados de su estado");
        await Assertions.Expect(page.Locator("#benchmarks")).ToContainTextAsync("puesto 49 de las 50 zonas de desplazamiento más grandes");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "La calificación de 1935 frente a hoy en cada ciudad de la HOLC" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cities-table").GetByRole(AriaRole.Button, new() { Name = "Terreno A" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cities-method")).ToContainTextAsync("La tabla nombra 202 ciudades");

        await page.Locator(".om-lang-button[data-lang=en]").ClickAsync();
        await Assertions.Expect(page.Locator("#benchmarks")).ToContainTextAsync("rank 2,929 of 3,208 US counties");
        await Assertions.Expect(page.Locator("#cities-table").GetByRole(AriaRole.Button, new() { Name = "A land" })).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task CityPicker_ShowsTheChosenCitysNumbers_InBothLanguages()
    {
        await using var map = await MapPage.OpenAsync(server);
        var numbers = map.Page.Locator("#om-city-numbers");

        await Assertions.Expect(numbers).ToContainTextAsync("A $40,294, B $28,692, C $19,968, D $19,507");
        await Assertions.Expect(numbers).ToContainTextAsync("ranks 7 of");
        await map.Page.GetByLabel("1935 map of").SelectOptionAsync("durham-nc");
        await Assertions.Expect(numbers).ToContainTextAsync("Household income at 35 by 1935 grade: A $");
        await Assertions.Expect(numbers).Not.ToContainTextAsync("$40,294");
        await map.Page.Locator(".om-lang-button[data-lang=es]").ClickAsync();
        await Assertions.Expect(numbers).ToContainTextAsync("Ingreso del hogar a los 35 años por calificación de 1935: A $");
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Link, new() { Name = "Todas las ciudades de la HOLC comparadas" })).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Card_HasTheZipsEconomicConnectedness_InBothLanguages()
    {
        var search = await server.GetJsonAsync("api/search?q=D8&limit=1");
        var (lat, lon) = (search.GetProperty("results")[0].GetProperty("lat").GetDouble(), search.GetProperty("results")[0].GetProperty("lon").GetDouble());
        var pt = string.Create(CultureInfo.InvariantCulture, $"{lat:0.#####},{lon:0.#####}");
        var api = await server.GetJsonAsync(string.Create(CultureInfo.InvariantCulture, $"api/card?lon={lon:0.#####}&lat={lat:0.#####}"));
        var display = api.GetProperty("socialCapital").GetProperty("display").GetString()!;

        await using var map = await MapPage.OpenAsync(server, path: $"/?pt={pt}");
        var section = map.Page.Locator("#om-card .om-card-social");
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Social capital" })).ToBeVisibleAsync();
        await Assertions.Expect(section).ToContainTextAsync(display);
        Assert.Matches(EconomicConnectedness(), display);
        await Assertions.Expect(section).ToContainTextAsync("Friendships across income lines");

        await map.Page.Locator(".om-lang-button[data-lang=es]").ClickAsync();
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Capital social" })).ToBeVisibleAsync();
        await Assertions.Expect(section).ToContainTextAsync("Conectividad económica");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task MapLayer_EconomicConnectedness_DrawsEveryZip_WithItsLegend()
    {
        await using var map = await MapPage.OpenAsync(server);

        await map.Overlay("Social capital: economic connectedness").CheckAsync();

        await Assertions.Expect(map.Page.Locator("path.om-social")).ToHaveCountAsync(34);
        var legend = map.Page.Locator(".om-legend-social");
        await Assertions.Expect(legend.GetByRole(AriaRole.Heading, new() { Name = "Economic connectedness by ZIP code" })).ToBeVisibleAsync();
        await Assertions.Expect(legend).ToContainTextAsync("Friendships across income lines");
        await Assertions.Expect(legend).ToContainTextAsync("0.");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Report_HasSocialCapitalByGrade_InBothLanguages()
    {
        await using var map = await OpenDoneAsync("/report.html", "#social-capital-status");
        var page = map.Page;

        var table = page.Locator("#social-capital-table");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Social capital by 1935 grade" })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Economic connectedness", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "D — Hazardous" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#social-capital-explain")).ToContainTextAsync("friendships across income lines");

        await page.Locator(".om-lang-button[data-lang=es]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Capital social por calificación de 1935" })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Conectividad económica", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "D — Peligroso" })).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }

    [GeneratedRegex(@"^Economic connectedness \d\.\d\d \(standard error 0\.\d{3}\)$")]
    private static partial Regex EconomicConnectedness();
}
