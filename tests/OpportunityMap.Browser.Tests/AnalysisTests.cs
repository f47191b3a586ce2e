namespace OpportunityMap.Browser.Tests;

/// <summary>The area summary (drawn with the mouse, or the ZIP at the centre from the keyboard) and the 1935 report page.</summary>
public sealed class AnalysisTests(MapServer server)
{
    [Fact]
    public async Task DrawPolygon_ClosedOnTheFirstCorner_ShowsItsSummary()
    {
        await using var map = await MapPage.OpenAsync(server);
        var box = (await map.Page.Locator("#map").BoundingBoxAsync())!;
        var (x, y) = (box.X + (box.Width / 2), box.Y + (box.Height / 2));

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Draw an area" }).ClickAsync();
        await map.Page.Mouse.ClickAsync(x - 60, y - 40);
        await map.Page.Mouse.ClickAsync(x + 60, y - 40);
        await map.Page.Mouse.ClickAsync(x + 60, y + 50);
        await map.Page.Mouse.ClickAsync(x - 60, y + 50);
        // No popup opened under the clicks: they were corners.
        Assert.Equal(0, await map.Page.Locator(".leaflet-popup").CountAsync());
        await Assertions.Expect(map.Page.Locator("path.om-draw-vertex")).ToHaveCountAsync(4);
        await map.Page.Locator("path.om-draw-vertex").First.ClickAsync();

        var panel = map.Page.Locator("aside.om-summary");
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync("The area you drew");
        await Assertions.Expect(panel).ToContainTextAsync("Household income at 35");
        await Assertions.Expect(panel).ToContainTextAsync("Proximity to a Grocery Store");
        await Assertions.Expect(panel).ToContainTextAsync("% of homes (2021)");
        await Assertions.Expect(panel).ToContainTextAsync("census tracts blended");
        await Assertions.Expect(panel).ToContainTextAsync("km²");
        await Assertions.Expect(map.Page.Locator("path.om-draw-area")).ToHaveCountAsync(1);
        Assert.Empty(map.Errors);
        await map.ScreenshotAsync("desktop-drawn-area-summary");
    }

    [Fact]
    public async Task Escape_CancelsDrawing_AndClicksOpenPopupsAgain()
    {
        await using var map = await MapPage.OpenAsync(server);
        var box = (await map.Page.Locator("#map").BoundingBoxAsync())!;

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Draw an area" }).ClickAsync();
        await map.Page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await Assertions.Expect(map.Page.Locator("path.om-draw-vertex")).ToHaveCountAsync(1);
        await map.Page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(map.Page.Locator("path.om-draw-vertex")).ToHaveCountAsync(0);
        await Assertions.Expect(map.Page.Locator("#map")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("om-drawing"));
        await Assertions.Expect(map.Page.GetByRole(AriaRole.Button, new() { Name = "Draw an area" })).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task Keyboard_SummariseZipAtCentre_ShowsThatZip()
    {
        await using var map = await MapPage.OpenAsync(server);

        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Summarise the ZIP code at the map centre" }).FocusAsync();
        await map.Page.Keyboard.PressAsync("Enter");

        var panel = map.Page.Locator("aside.om-summary");
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ZIP code 28\d{3}$"));
        await Assertions.Expect(panel).ToContainTextAsync("$");
        // Focus moves to the summary, and Esc closes it.
        await Assertions.Expect(panel.Locator("h2")).ToBeFocusedAsync();
        await map.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ReportPage_LinkedFromTheMap_HasChartAndTableTwin()
    {
        await using var map = await MapPage.OpenAsync(server);

        await map.Page.GetByRole(AriaRole.Link, new() { Name = "1935 grade vs today" }).ClickAsync();

        var page = map.Page;
        // The first request computes the report (overlays of the whole county): give it time.
        await Assertions.Expect(page.Locator("#report-status")).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("done|error"), new() { Timeout = 60_000 });
        Assert.Empty(map.Errors);
        await Assertions.Expect(page.Locator("#report-status")).ToHaveAttributeAsync("data-state", "done");
        await Assertions.Expect(page).ToHaveTitleAsync("1935 grade vs today — OpportunityMap");
        var chart = page.Locator("svg.om-chart");
        await Assertions.Expect(chart).ToHaveAttributeAsync("role", "img");
        await Assertions.Expect(chart.Locator("rect.om-bar")).ToHaveCountAsync(5);
        await Assertions.Expect(chart.Locator("desc")).ToContainTextAsync("D — Hazardous: $");
        await Assertions.Expect(page.Locator("#report-table thead th")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#report-table tbody")).ToContainTextAsync("Household income at 35");
        Assert.Empty(map.Errors);
        await map.ScreenshotAsync("desktop-report-page");
    }

    [Fact]
    public async Task Spanish_DrawToolSummaryAndReport_AreInSpanish()
    {
        await using var map = await MapPage.OpenAsync(server, path: "/?lang=es");

        await Assertions.Expect(map.Page.GetByRole(AriaRole.Button, new() { Name = "Dibujar un área" })).ToBeVisibleAsync();
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Resumir el código postal del centro del mapa" }).ClickAsync();
        var panel = map.Page.Locator("aside.om-summary");
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Código postal 28\d{3}$"));
        await Assertions.Expect(panel).ToContainTextAsync("Ingreso del hogar a los 35 años");
        // The Quality of Life metrics are named and measured from the catalogue the server shares.
        await Assertions.Expect(panel).ToContainTextAsync("Proximidad a un supermercado");
        await Assertions.Expect(panel).ToContainTextAsync("% de las viviendas (2021)");
        // Switching language redraws the open summary from the same answer.
        await map.Page.Locator(".om-lang-button[data-lang=en]").ClickAsync();
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ZIP code 28\d{3}$"));
        await Assertions.Expect(panel).ToContainTextAsync("Household income at 35");

        await map.Page.GotoAsync("/report.html?lang=es");
        await Assertions.Expect(map.Page.Locator("#report-status")).ToHaveAttributeAsync("data-state", "done", new() { Timeout = 60_000 });
        await Assertions.Expect(map.Page).ToHaveTitleAsync("Grado de 1935 frente a hoy — OpportunityMap");
        await Assertions.Expect(map.Page.Locator("svg.om-chart desc")).ToContainTextAsync("D — Peligroso:");
        await Assertions.Expect(map.Page.Locator("#report-table tbody")).ToContainTextAsync("Ingreso del hogar a los 35 años");
        await Assertions.Expect(map.Page.Locator("#report-table tbody")).ToContainTextAsync("Proximidad a un supermercado (2021)");
        Assert.Empty(map.Errors);
    }
}
