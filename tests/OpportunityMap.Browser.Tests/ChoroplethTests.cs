using System.Text.Json.Nodes;
using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Browser.Tests;

/// <summary>The income classes: edge cases of the server's quantile split and the page's class lookup, and a ZIP without a value.</summary>
public sealed class ChoroplethTests(MapServer server)
{
    [Fact]
    public async Task QuantileClasses_TiesAndMissingValues_EqualValuesShareAClassAndNullsAreNoData()
    {
        // The server computes the classes (/map-config publishes them); the page only finds a value's class in them.
        var classes = new QuantileClasses([3, 1, null, 2, double.NaN, 2, 2, 5, 4, 6], 5);
        double?[] values = [null, 2, 3, 100, -5];
        await using var map = await MapPage.OpenAsync(server);

        var pageIndexes = await map.Page.EvaluateAsync<JsonElement>(
            """
            async ([classes, values]) => {
              const { classIndex } = await import('/js/classify.js');
              return values.map((v) => classIndex(v, classes));
            }
            """,
            new object[] { classes.Ranges.Select(r => new { min = r.Min, max = r.Max }), values });

        Assert.Equal([(1d, 2d), (3d, 3d), (4d, 4d), (5d, 5d), (6d, 6d)], classes.Ranges);
        Assert.Equal("[-1,0,1,4,0]", pageIndexes.GetRawText());
        Assert.Equal([-1, 0, 1, 4, 0], values.Select(classes.IndexOf));
        Assert.Equal([(7d, 7d)], new QuantileClasses([7, 7, 7], 5).Ranges);
        Assert.Empty(new QuantileClasses([null, null], 5).Ranges);
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

        // The blanked ZIP, and those with too few children behind their value (docs/data.md, "Small numbers").
        var tooFew = (await server.GetJsonAsync("collections/zip-mobility/items?too_few_children=true"))
            .GetProperty("features").GetArrayLength();
        Assert.Equal(3, tooFew);
        await Assertions.Expect(map.Page.Locator("path.om-zip.om-nodata")).ToHaveCountAsync(1 + tooFew);
        var hatched = map.Page.Locator($"path.om-zip.om-nodata[aria-label^='ZIP {blanked},']");
        await Assertions.Expect(hatched).ToHaveCountAsync(1);
        Assert.StartsWith("url(", await hatched.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        await Assertions.Expect(map.Page.Locator(".om-legend-zip .om-legend-range")).ToHaveCountAsync(5);
        var label = await hatched.GetAttributeAsync("aria-label");
        Assert.StartsWith($"ZIP {blanked},", label);
        Assert.EndsWith("household income at 35 no data", label);
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ChildrenChoice_BlackChildren_RecoloursZipsByTheirRank_AndDrawsTooFewAsNoData()
    {
        var zips = (await server.GetJsonAsync("collections/zip-mobility/items?limit=100"))
            .GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        var tooFewBlack = zips.Count(p => p.GetProperty("kir_black_p25").ValueKind != JsonValueKind.Number || p.GetProperty("children_black").GetDouble() < 100);
        await using var map = await MapPage.OpenAsync(server);

        await map.Page.Locator(".om-legend-zip select").SelectOptionAsync("black");

        await Assertions.Expect(map.Page.Locator(".om-legend-zip .om-legend-note:not(.om-legend-method)")).ToContainTextAsync("Individual income rank (0-100)");
        await Assertions.Expect(map.Page.Locator(".om-legend-zip .om-legend-note:not(.om-legend-method)")).ToContainTextAsync("Black children");
        await Assertions.Expect(map.Page.Locator("path.om-zip.om-nodata")).ToHaveCountAsync(tooFewBlack);
        Assert.InRange(tooFewBlack, 5, 20);
        await map.Page.Locator(".om-legend-zip select").SelectOptionAsync("all");
        await Assertions.Expect(map.Page.Locator("path.om-zip.om-nodata")).ToHaveCountAsync(zips.Count(p => p.GetProperty("too_few_children").GetBoolean()));
        Assert.Empty(map.Errors);
    }
}
