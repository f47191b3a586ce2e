namespace OpportunityMap.Server.Tests;

/// <summary>/downloads: every layer as GeoJSON, CSV and GeoPackage, with its licence beside it.</summary>
public sealed class DownloadTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [MemberData(nameof(CharlotteFacts.LayerCounts), MemberType = typeof(CharlotteFacts))]
    public async Task GeoPackage_OpensInOgrinfo_WithEveryFeatureAndTheSources(string collection, int count)
    {
        var bytes = await _client.GetByteArrayAsync($"/downloads/{collection}.gpkg", TestContext.Current.CancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"om-download-{Guid.NewGuid():N}.gpkg");
        try
        {
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            var layer = await Ogrinfo("-ro", "-so", path, collection);
            var sources = await Ogrinfo("-ro", "-al", "-q", path, "sources");

            Assert.Contains($"Feature Count: {count}", layer);
            Assert.Contains("Multi Polygon", layer);
            Assert.Contains("licence_url", sources);
            Assert.Contains("https://", sources);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GeoPackage_Resources_HasAsManyPointsAsTheApi()
    {
        var matched = (await _client.GetGeoJson("/collections/resources/items?limit=1")).GetProperty("numberMatched").GetInt32();
        var bytes = await _client.GetByteArrayAsync("/downloads/resources.gpkg", TestContext.Current.CancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"om-download-{Guid.NewGuid():N}.gpkg");
        try
        {
            await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
            var info = await Ogrinfo("-ro", "-so", path, "resources");

            Assert.Contains($"Feature Count: {matched}", info);
            Assert.Contains("Point", info);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GeoJson_ParsesWithEveryFeatureAndItsAttribution()
    {
        using var response = await _client.GetAsync("/downloads/tract-mobility.geojson", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("tract-mobility.geojson", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("FeatureCollection", document.RootElement.GetProperty("type").GetString());
        Assert.Equal(233, document.RootElement.GetProperty("features").GetArrayLength());
        Assert.Contains("Opportunity Atlas", document.RootElement.GetProperty("attribution").GetString());
    }

    [Fact]
    public async Task Csv_HasARowPerFeatureWithWkt()
    {
        var csv = await _client.GetStringAsync("/downloads/redlining-1935.csv", TestContext.Current.CancellationToken);
        var items = await _client.GetStringAsync("/collections/redlining-1935/items?f=csv&limit=10000", TestContext.Current.CancellationToken);

        Assert.Equal(items, csv);
        Assert.Equal(35, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Collection_LinksItsDownloadsAndTheirLicence_WhichNamesEverySource()
    {
        var collection = await _client.GetJson("/collections/zip-mobility");
        var links = collection.GetProperty("links").EnumerateArray()
            .Select(l => (Rel: l.GetProperty("rel").GetString(), Href: l.GetProperty("href").GetString()!)).ToList();
        var licence = links.Single(l => l.Href.EndsWith("/downloads/zip-mobility.LICENSE.txt", StringComparison.Ordinal));
        var text = await _client.GetStringAsync(new Uri(licence.Href).PathAndQuery, TestContext.Current.CancellationToken);

        Assert.Equal("license", licence.Rel);
        Assert.Equal(3, links.Count(l => l.Rel == "enclosure" && l.Href.Contains("/downloads/zip-mobility.", StringComparison.Ordinal)));
        foreach (var source in collection.GetProperty("sources").EnumerateArray())
        {
            Assert.Contains(source.GetProperty("attribution").GetString()!, text);
            Assert.Contains(source.GetProperty("licenceUrl").GetString()!, text);
        }
    }

    [Theory]
    [InlineData("/downloads/nowhere.gpkg")]
    [InlineData("/downloads/zip-mobility.shp")]
    [InlineData("/downloads/.gpkg")]
    public async Task Download_Unknown_Is404Problem(string url) => await _client.GetProblem(url, HttpStatusCode.NotFound);

    private static Task<string> Ogrinfo(params string[] arguments) => GdalClientTests.Run("ogrinfo", arguments);
}
