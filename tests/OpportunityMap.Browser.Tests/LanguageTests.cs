namespace OpportunityMap.Browser.Tests;

/// <summary>English and Spanish: the language from ?lang= or the browser, and the EN | ES switch without a reload.</summary>
public sealed class LanguageTests(MapServer server)
{
    [Fact]
    public async Task LangEs_PageLegendAndFeatureNamesInSpanish()
    {
        await using var map = await MapPage.OpenAsync(server, path: "/?lang=es");

        await Assertions.Expect(map.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(map.Page).ToHaveTitleAsync("OpportunityMap — Charlotte-Mecklenburg");
        await Assertions.Expect(map.Page.Locator(".om-legend summary")).ToHaveTextAsync("Leyenda");
        await Assertions.Expect(map.Page.Locator(".om-legend-holc h2")).ToHaveTextAsync("Redlining, 1935 (calificación de la HOLC)");
        await Assertions.Expect(map.Page.Locator(".om-legend-holc li").Last).ToHaveTextAsync("D — Peligroso");
        await Assertions.Expect(map.Status).ToHaveTextAsync(new Regex("^Se muestran 34 zonas de la HOLC de 1935, 34 códigos postales, \\d+ recursos\\.$"));
        await Assertions.Expect(map.Page.Locator("path.om-zip").First).ToHaveAttributeAsync("aria-label", new Regex(@"^Código postal \d{5}, .+: ingreso del hogar a los 35 años \$\d{2},\d{3}$"));
        await Assertions.Expect(map.Page.Locator(".leaflet-control-zoom-in")).ToHaveAttributeAsync("title", "Acercar");
        await Assertions.Expect(map.Page.Locator(".om-lang-button[data-lang=es]")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task BrowserPrefersSpanish_NoLangParameter_PageInSpanish()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.BaseAddress.ToString(), Locale = "es-MX" });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await Assertions.Expect(page.Locator("#status")).ToHaveAttributeAsync("data-state", "ready");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Assertions.Expect(page.Locator(".om-legend summary")).ToHaveTextAsync("Leyenda");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Switch_EsThenEn_ChangesThePageWithoutReload_AndKeepsOtherUrlParameters()
    {
        await using var map = await MapPage.OpenAsync(server, path: "/?z=11&foo=bar");
        await map.Page.EvaluateAsync("() => { window.__sameDocument = true; }");
        await map.Overlay("Parks").UncheckAsync();

        await map.Page.Locator(".om-lang-button[data-lang=es]").ClickAsync();

        await Assertions.Expect(map.Page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Assertions.Expect(map.Page.Locator(".om-legend-zip h2")).ToHaveTextAsync("Movilidad ascendente por código postal");
        await Assertions.Expect(map.Page.Locator(".leaflet-control-layers-overlays")).ToContainTextAsync("Movilidad ascendente por código postal");
        await Assertions.Expect(map.Page.Locator("path.om-holc-grade-d").First).ToHaveAttributeAsync("aria-label", new Regex(@"^Zona HOLC D\d+, calificación D, Peligroso$"));
        await Assertions.Expect(map.Status).ToContainTextAsync("Se muestran");
        var url = new Uri(map.Page.Url);
        Assert.Contains("lang=es", url.Query, StringComparison.Ordinal);
        Assert.Contains("foo=bar", url.Query, StringComparison.Ordinal);
        Assert.Contains("z=11", url.Query, StringComparison.Ordinal);
        await map.ScreenshotAsync("language-es");

        await map.Page.Locator(".om-lang-button[data-lang=en]").ClickAsync();

        await Assertions.Expect(map.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(map.Page.Locator(".om-legend-zip h2")).ToHaveTextAsync("Upward mobility by ZIP code");
        // The layer control was rebuilt in each language; what was switched off stays off.
        await Assertions.Expect(map.Overlay("Parks")).Not.ToBeCheckedAsync();
        await Assertions.Expect(map.Overlay("Upward mobility by ZIP code")).ToBeCheckedAsync();
        await Assertions.Expect(map.Page.Locator("path.om-resource-park")).ToHaveCountAsync(0);
        Assert.True(await map.Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The switch must not reload the page.");
        Assert.Contains("lang=en", new Uri(map.Page.Url).Query, StringComparison.Ordinal);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task LangUnknown_Ignored_PageInEnglish()
    {
        await using var map = await MapPage.OpenAsync(server, path: "/?lang=%3Cscript%3E");

        await Assertions.Expect(map.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(map.Page.Locator(".om-legend summary")).ToHaveTextAsync("Legend");
        Assert.Empty(map.Errors);
    }
}
