using System.Text.Json;
using Microsoft.Playwright;

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
        await card.Locator("details summary").ClickAsync();
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
