namespace OpportunityMap.Server.Tests;

public sealed class CapabilitiesTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Landing_AsJson_LinksToEveryRequiredResource()
    {
        var landing = await _client.GetJson("/?f=json");

        Assert.EndsWith("/?f=json", landing.Link("self"));
        Assert.EndsWith("/api", landing.Link("service-desc"));
        Assert.EndsWith("/api.html", landing.Link("service-doc"));
        var serviceDoc = landing.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "service-doc");
        Assert.Equal("text/html", serviceDoc.GetProperty("type").GetString());
        Assert.EndsWith("/conformance", landing.Link("conformance"));
        Assert.EndsWith("/collections", landing.Link("data"));
    }

    [Theory]
    [InlineData("/", "application/json")]
    [InlineData("/api", "application/vnd.oai.openapi+json")]
    public async Task LandingAndApi_ClientWithoutHtmlAccept_GetsJson(string url, string mediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Conformance_DeclaresCoreGeoJsonAndOpenApi()
    {
        var conformance = await _client.GetJson("/conformance");
        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30", classes);
    }

    [Fact]
    public async Task Api_IsOpenApi30_WithItemsPathAndQueryablesPerCollection()
    {
        var api = await _client.GetJson("/api", "application/vnd.oai.openapi+json");

        Assert.StartsWith("3.0", api.GetProperty("openapi").GetString());
        var paths = api.GetProperty("paths");
        foreach (var id in new[] { "redlining-1935", "zip-mobility", "tract-mobility", "resources" })
        {
            Assert.True(paths.TryGetProperty($"/collections/{id}/items", out _), id);
            Assert.True(paths.TryGetProperty($"/collections/{id}/items/{{featureId}}", out _), id);
        }

        var gradeParameter = paths.GetProperty("/collections/redlining-1935/items").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Where(p => p.TryGetProperty("name", out var n) && n.GetString() == "grade");
        Assert.Single(gradeParameter);
        var limit = api.GetProperty("components").GetProperty("parameters").GetProperty("limit").GetProperty("schema");
        Assert.Equal(10_000, limit.GetProperty("maximum").GetInt32());
        Assert.Equal(100, limit.GetProperty("default").GetInt32());
    }
}
