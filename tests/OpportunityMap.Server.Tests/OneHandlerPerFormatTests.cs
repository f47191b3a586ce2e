using System.Text.Json.Nodes;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 12: GeoJSON, CSV and the HTML table of /items come from one handler and one query. The HTML pages once had
/// their own handler, which knew only Api:MaxLimit: on an extra collection with a higher MaxLimit, limit=11000 was
/// 200 as JSON and 400 as HTML.
/// </summary>
public sealed partial class OneHandlerPerFormatTests(OneHandlerPerFormatTests.App app) : IClassFixture<OneHandlerPerFormatTests.App>
{
    private const string Items = "/collections/points/items";
    private static readonly string[] Formats = ["json", "csv", "html"];

    [Fact]
    public async Task Items_LimitAboveApiMaxLimit_WithinTheCollectionsMaxLimit_Is200InEveryFormat()
    {
        foreach (var format in Formats)
        {
            var ids = await Ids(format, "limit=11000");

            Assert.Equal(App.Count, ids.Count);
        }
    }

    [Fact]
    public async Task Items_LimitAboveTheCollectionsMaxLimit_GivesTheMaximumInEveryFormat()
    {
        // OGC API - Features 1.0.1, /req/core/fc-limit-response-1: a larger limit is the maximum, not an error.
        foreach (var format in Formats)
        {
            var ids = await Ids(format, "limit=20001", "/collections/few/items");

            Assert.Equal(App.FewMaxLimit, ids.Count);
        }

        var page = await app.Client.GetGeoJson("/collections/few/items?limit=20001");
        Assert.Contains($"limit={App.FewMaxLimit}&offset={App.FewMaxLimit}", page.Link("next"));
    }

    [Theory]
    [InlineData("limit=7&offset=5")]
    [InlineData("category=park&sortby=-score,fid")]
    [InlineData("bbox=-80.9,35.1,-80.75,35.3&limit=11000")]
    [InlineData("filter=score%20%3E%205&sortby=name&limit=4&offset=2")]
    [InlineData("sortby=category,-fid&limit=12&offset=9&properties=name")]
    public async Task Items_JsonCsvAndHtml_ListTheSameFeaturesInTheSameOrder(string query)
    {
        var json = await Ids("json", query);
        var csv = await Ids("csv", query);
        var html = await Ids("html", query);

        Assert.NotEmpty(json);
        Assert.Equal(json, csv);
        Assert.Equal(json, html);
    }

    private async Task<List<string>> Ids(string format, string query, string items = Items)
    {
        var url = $"{items}?{query}&f={format}";
        using var response = await app.Client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body}");
        return format switch
        {
            "json" => JsonNode.Parse(body)!["features"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).ToList(),
            // The id is the first column; these ids need no quoting.
            "csv" => body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')[0].Trim('"')).ToList(),
            _ => HtmlRowId().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList(),
        };
    }

    [GeneratedRegex("<tr><th scope=\"row\"><a [^>]*>([^<]*)</a></th>")]
    private static partial Regex HtmlRowId();

    /// <summary>
    /// The service with one extra collection of synthetic points whose MaxLimit (20000) is above Api:MaxLimit, and the
    /// same points as "few", whose MaxLimit is below their number.
    /// </summary>
    public sealed class App : IAsyncDisposable
    {
        public const int Count = 30;
        public const int FewMaxLimit = 7;
        private static readonly string[] Categories = ["park", "school", "library"];

        private readonly string _directory = Directory.CreateTempSubdirectory("om-parity-").FullName;
        private readonly OpportunityMapFactory _factory;

        public App()
        {
            // Scores repeat (ties for sortby to break) and the points spread over and beyond the test's bbox.
            var features = Enumerable.Range(1, Count).Select(i => new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject
                {
                    ["fid"] = i, ["category"] = Categories[i % 3], ["name"] = $"Point {(i * 11) % Count:00}", ["score"] = (i * 7) % 10,
                },
                ["geometry"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(-81.0 + (i % 6) * 0.05, 35.0 + (i / 6) * 0.07),
                },
            });
            File.WriteAllText(Path.Combine(_directory, "points.geojson"),
                new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray([.. features]) }.ToJsonString());
            _factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
            {
                ["Store:Kind"] = "InMemory",
                ["Api:MaxLimit"] = "10000",
                ["Geodata:ExtraDirectory"] = _directory,
                ["Geodata:Extra:0:Id"] = "points",
                ["Geodata:Extra:0:Path"] = "points.geojson",
                ["Geodata:Extra:0:IdProperty"] = "fid",
                ["Geodata:Extra:0:Queryables:0"] = "category",
                ["Geodata:Extra:0:Queryables:1"] = "score",
                ["Geodata:Extra:0:Queryables:2"] = "name",
                ["Geodata:Extra:0:Queryables:3"] = "fid",
                ["Geodata:Extra:0:MaxLimit"] = "20000",
                ["Geodata:Extra:1:Id"] = "few",
                ["Geodata:Extra:1:Path"] = "points.geojson",
                ["Geodata:Extra:1:IdProperty"] = "fid",
                ["Geodata:Extra:1:MaxLimit"] = FewMaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
            Client = _factory.CreateClient();
        }

        public HttpClient Client { get; }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _factory.DisposeAsync();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
