namespace OpportunityMap.Browser.Tests;

/// <summary>
/// Issue 16, finding 8: the report is the finding in one page, so it says it in words (D areas against A areas and the
/// county, from the report's own figures), its phone chart's labels are legible, and its table scrolls by keyboard.
/// </summary>
public sealed class ReportFindingTests(MapServer server)
{
    private static string Dollars(double value) =>
        "$" + Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task Report_SaysTheFindingInWords_LegibleChart_KeyboardTable(int width, int height, string lang)
    {
        await using var page = await MapPage.CreateAsync(server, width, height);
        await page.GotoAsync($"/report.html?lang={lang}");
        await Assertions.Expect(page.Page.Locator("#report-table td").First).ToBeVisibleAsync();
        var report = await page.Page.EvaluateAsync<JsonElement>("async () => (await fetch('/api/report/holc-vs-today')).json()");
        double Income(string grade) => report.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("grade").GetString() == grade).GetProperty("mobility").GetProperty("household_income_p25").GetDouble();

        var headline = page.Page.Locator("#report-headline");
        await Assertions.Expect(headline).ToContainTextAsync(Dollars(Income("D")));
        await Assertions.Expect(headline).ToContainTextAsync(Dollars(Income("A")));
        await Assertions.Expect(headline).ToContainTextAsync(Dollars(report.GetProperty("county").GetProperty("household_income_p25").GetDouble()));
        await Assertions.Expect(headline).ToContainTextAsync(lang == "es" ? "nacidos en 1978-83" : "born 1978-83");

        // Every chart label at least 11 px high as shown (6.5 px on a phone before).
        var smallest = await page.Page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('.om-chart-label, .om-chart-value')].map((t) => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 11, $"A chart label is {smallest} px high.");

        // The table's scroll box takes the keyboard focus and is named (axe: scrollable-region-focusable).
        var box = page.Page.GetByRole(AriaRole.Region, new() { Name = await page.Page.Locator("#report-table-caption").TextContentAsync() ?? "" });
        await box.FocusAsync();
        await Assertions.Expect(box).ToBeFocusedAsync();
        Assert.Empty(page.Errors);
    }
}
