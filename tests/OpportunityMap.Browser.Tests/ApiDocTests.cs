namespace OpportunityMap.Browser.Tests;

/// <summary>The service-doc page (Swagger UI on /api): every operation of the definition shown, under the site's CSP.</summary>
public sealed class ApiDocTests(MapServer server)
{
    [Theory]
    [InlineData("/api.html")]
    [InlineData("/api")] // a browser asks for text/html: the page, not the JSON
    public async Task ApiPage_ShowsEveryOperationOfTheDefinition_WithoutConsoleErrors(string path)
    {
        using var client = server.CreateClient();
        using var definition = JsonDocument.Parse(await client.GetStringAsync("/api?f=json", TestContext.Current.CancellationToken));
        var operations = definition.RootElement.GetProperty("paths").EnumerateObject().Sum(p => p.Value.EnumerateObject().Count());
        await using var page = await MapPage.CreateAsync(server);

        await page.GotoAsync(path);

        var items = page.Page.Locator(".opblock-summary-path").Filter(new LocatorFilterOptions { HasText = "/collections/{collectionId}/items" });
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator(".opblock-summary-path").Filter(new LocatorFilterOptions { HasText = "/collections/zip-mobility/items" }).First)
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator(".opblock")).ToHaveCountAsync(operations);
        await Assertions.Expect(page.Page.Locator("#api-doc-status")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("api-doc" + path.Replace('/', '-').Replace('.', '-'));
        Assert.Empty(page.Errors);
    }
}
