using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace OpportunityMap.Browser.Tests;

/// <summary>The income classes: edge cases of the quantile split, and a ZIP without a value.</summary>
public sealed class ChoroplethTests(MapServer server)
{
    [Fact]
    public async Task QuantileClasses_TiesAndMissingValues_EqualValuesShareAClassAndNullsAreNoData()
    {
        await using var map = await MapPage.OpenAsync(server);

        var result = await map.Page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const { quantileClasses, classIndex } = await import('/js/classify.js');
              const classes = quantileClasses([3, 1, null, 2, NaN, 2, 2, 5, 4, 6, 'x'], 5);
              return {
                classes: classes.map((c) => [c.min, c.max]),
                indexes: [null, 2, 3, 100, -5].map((v) => classIndex(v, classes)),
                allEqual: quantileClasses([7, 7, 7], 5).map((c) => [c.min, c.max]),
                none: quantileClasses([null, undefined], 5).length,
              };
            }
            """);

        Assert.Equal("[[1,2],[3,3],[4,4],[5,5],[6,6]]", result.GetProperty("classes").GetRawText());
        Assert.Equal("[-1,0,1,4,0]", result.GetProperty("indexes").GetRawText());
        Assert.Equal("[[7,7]]", result.GetProperty("allEqual").GetRawText());
        Assert.Equal(0, result.GetProperty("none").GetInt32());
    }

    [Fact]
    public async Task ZipWithoutIncome_DrawnWithTheNoDataHatch_NamedAsNoData()
    {
        await using var map = await MapPage.CreateAsync(server);
        string? blanked = null;
        await map.Page.RouteAsync("**/collections/zip-mobility/items*", async route =>
        {
            var response = await route.FetchAsync();
            var page = JsonNode.Parse(await response.TextAsync())!;
            var properties = page["features"]![0]!["properties"]!;
            blanked = properties["zipcode"]!.GetValue<string>();
            properties["household_income_p25"] = null;
            properties["rank"] = null;
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = page.ToJsonString() });
        });
        await map.GotoAsync();
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");

        var hatched = map.Page.Locator("path.om-zip.om-nodata");
        await Assertions.Expect(hatched).ToHaveCountAsync(1);
        Assert.StartsWith("url(", await hatched.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        await Assertions.Expect(map.Page.Locator(".om-legend-zip .om-legend-range")).ToHaveCountAsync(5);
        var label = await hatched.GetAttributeAsync("aria-label");
        Assert.StartsWith($"ZIP {blanked},", label);
        Assert.EndsWith("household income at 35 no data", label);
        Assert.Empty(map.Errors);
    }
}
