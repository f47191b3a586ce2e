namespace OpportunityMap.Browser.Tests;

/// <summary>
/// The OGC API's HTML pages (f=html) in a real browser under the site's Content-Security-Policy: styled by
/// /css/api.css, nothing refused (an inline style or script would be, and logged as a console error).
/// </summary>
public sealed class ApiPagesTests(MapServer server)
{
    [Theory]
    [InlineData("/collections?f=html")]
    [InlineData("/collections/redlining-1935?f=html")]
    [InlineData("/collections/redlining-1935/queryables?f=html")]
    [InlineData("/collections/redlining-1935/schema?f=html")]
    [InlineData("/collections/redlining-1935/items?f=html&limit=5&offset=5")]
    [InlineData("/collections/redlining-1935/items/D8?f=html")]
    [InlineData("/conformance?f=html")]
    public async Task ApiPage_LoadsUnderTheCsp_StyledByApiCss_WithoutErrors(string path)
    {
        await using var page = await MapPage.CreateAsync(server);

        var response = await page.Page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Contains("style-src 'self'", response.Headers["content-security-policy"]);
        // The header band's colour comes only from api.css.
        Assert.Equal("rgb(31, 42, 68)", await page.Page.Locator(".api-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("en", await page.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(page.Errors);
    }
}
