namespace OpportunityMap.Browser.Tests;

/// <summary>The city picker: another city's 1935 HOLC map from the national layer, kept in ?city=, and back to Charlotte.</summary>
public sealed class CityPickerTests(MapServer server)
{
    private async Task<int> AreasOf(string key)
    {
        var list = await server.GetJsonAsync("/api/holc-cities");
        return list.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key).GetProperty("areas").GetInt32();
    }

    [Fact]
    public async Task CityPicker_SwitchToDurhamAndBack_RedrawsTheAreasAndKeepsTheUrl()
    {
        var durham = await AreasOf("durham-nc");
        await using var map = await MapPage.OpenAsync(server);
        var picker = map.Page.GetByLabel("1935 map of");
        await Assertions.Expect(picker).ToHaveValueAsync("charlotte-nc");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);

        await picker.SelectOptionAsync("durham-nc");

        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(durham);
        Assert.Matches(@"[?&]city=durham-nc(&|$)", map.Page.Url);
        await Assertions.Expect(map.Status).ToContainTextAsync("HOLC areas of Durham, NC");
        // The map flew to Durham: its areas are on screen.
        await Assertions.Expect(map.Page.Locator("path.om-holc").First).ToBeInViewportAsync();
        await map.ScreenshotAsync("city-durham");

        // Back to Charlotte with the keyboard: the default option is the first.
        await picker.FocusAsync();
        await map.Page.Keyboard.PressAsync("Home");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
        // "opacity=" ends in "city=" too: the parameter is the one after ? or &.
        Assert.DoesNotMatch(@"[?&]city=", map.Page.Url);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task CityParameter_OpensThatCitysMap_AndUnknownKeysAreIgnored()
    {
        var asheville = await AreasOf("asheville-nc");
        await using var map = await MapPage.CreateAsync(server);

        await map.Page.GotoAsync("/?city=asheville-nc");
        await Assertions.Expect(map.Page.GetByLabel("1935 map of")).ToHaveValueAsync("asheville-nc");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(asheville);

        await map.Page.GotoAsync("/?city=atlantis-xx");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.GetByLabel("1935 map of")).ToHaveValueAsync("charlotte-nc");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);
    }

    [Fact]
    public async Task CityPicker_BackAndForward_RestoreTheCity()
    {
        var durham = await AreasOf("durham-nc");
        await using var map = await MapPage.OpenAsync(server);
        var picker = map.Page.GetByLabel("1935 map of");
        await picker.SelectOptionAsync("durham-nc");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(durham);

        await map.Page.GoBackAsync();

        await Assertions.Expect(picker).ToHaveValueAsync("charlotte-nc");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(34);

        await map.Page.GoForwardAsync();

        await Assertions.Expect(picker).ToHaveValueAsync("durham-nc");
        await Assertions.Expect(map.Page.Locator("path.om-holc")).ToHaveCountAsync(durham);
        Assert.Empty(map.Errors);
    }
}
