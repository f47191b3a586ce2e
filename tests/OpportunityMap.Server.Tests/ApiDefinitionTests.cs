using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// /api is generated from the endpoints: every public route is in it, every path in it is served, it reads back
/// without an error through Microsoft.OpenApi's own reader, and each collection has its own paths.
/// </summary>
public sealed class ApiDefinitionTests(RealDataApp app)
{
    // Mapped, and deliberately not in the definition.
    private static readonly Dictionary<string, string> NotInTheDefinition = new()
    {
        ["/health"] = "a liveness probe for the orchestrator, not part of the API",
        ["/ready"] = "a readiness probe for the orchestrator, not part of the API",
        ["/metrics"] = "Prometheus scraping, for the operator",
        ["/admin/reload"] = "the operator's key-protected call, mapped only when Admin:Key is set",
    };

    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task EveryMappedRoute_IsInTheDefinition_AndEveryTemplatedPathIsMapped()
    {
        // With Admin:Key every route the service has is mapped, the administrative one too.
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Admin:Key"] = "route-listing",
            ["Store:Kind"] = "InMemory",
        });
        using var client = factory.CreateClient();
        var paths = (await client.GetJson("/api", "application/vnd.oai.openapi+json")).GetProperty("paths");
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Path: PathOf(e), Method: m)))
            .ToList();

        Assert.Contains(routes, r => r.Path == "/admin/reload");
        var missing = routes
            .Where(r => !NotInTheDefinition.ContainsKey(r.Path))
            .Where(r => !paths.TryGetProperty(r.Path, out var item) || !item.TryGetProperty(r.Method.ToLowerInvariant(), out _))
            .Select(r => $"{r.Method} {r.Path}")
            .ToList();
        Assert.True(missing.Count == 0, "Not in /api: " + string.Join(", ", missing));
        var templated = paths.EnumerateObject().Select(p => p.Name).Where(p => !IsCollectionPath(p)).ToList();
        Assert.All(templated, path => Assert.Contains(routes, r => r.Path == path));
        Assert.All(NotInTheDefinition.Keys, path => Assert.False(paths.TryGetProperty(path, out _), path));
        var collectionIds = (await client.GetJson("/collections")).GetProperty("collections").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.All(paths.EnumerateObject().Select(p => p.Name).Where(IsCollectionPath), path =>
        {
            var id = path.Split('/')[2];
            Assert.Contains(id, collectionIds);
            Assert.Contains(routes, r => r.Path == "/collections/{collectionId}" + path["/collections/".Length..][id.Length..]);
        });
        Assert.Contains(routes, r => r.Path == "/api/card");
        Assert.Contains(routes, r => r.Path == "/map.png");
    }

    [Fact]
    public async Task Definition_ReadsBackAsOpenApi30_WithoutErrors()
    {
        using var response = await _client.GetAsync("/api", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/vnd.oai.openapi+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3.0", response.Content.Headers.ContentType?.Parameters.Single(p => p.Name == "version").Value);
        var (document, diagnostic) = OpenApiDocument.Parse(text, "json");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Microsoft.OpenApi reader: {diagnostic?.Errors.Count} errors, {diagnostic?.Warnings.Count} warnings; " +
            $"{document?.Paths.Count} paths, {document?.Paths.Sum(p => p.Value.Operations?.Count ?? 0)} operations");
        Assert.Empty(diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_0, diagnostic.SpecificationVersion);
        var errors = document!.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Pointer}: {e.Message}")));
    }

    [Fact]
    public async Task EachCollection_HasItsOwnPaths_WithItsQueryablePropertiesAsParameters()
    {
        var api = await _client.GetJson("/api", "application/vnd.oai.openapi+json");
        var collections = (await _client.GetJson("/collections")).GetProperty("collections").EnumerateArray().ToList();

        var paths = api.GetProperty("paths");
        Assert.NotEmpty(collections);
        foreach (var collection in collections)
        {
            var id = collection.GetProperty("id").GetString()!;
            foreach (var suffix in new[] { "", "/queryables", "/schema", "/schema/geojson", "/items", "/items/{featureId}", "/tiles", "/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}" })
            {
                Assert.True(paths.TryGetProperty($"/collections/{id}{suffix}", out _), $"/collections/{id}{suffix}");
            }

            var items = paths.GetProperty($"/collections/{id}/items").GetProperty("get");
            var names = items.GetProperty("parameters").EnumerateArray().Select(p => ParameterName(api, p)).ToList();
            var queryable = collection.GetProperty("properties").EnumerateArray()
                .Where(p => p.GetProperty("queryable").GetBoolean() && p.GetProperty("type").GetString() is not "json")
                .Select(p => p.GetProperty("name").GetString()!);
            Assert.All(queryable, name => Assert.Contains(name, names));
            Assert.Contains("filter", names);
            Assert.Contains("datetime", names);
            Assert.DoesNotContain("collectionId", names);
            Assert.Equal($"items-{id}", items.GetProperty("operationId").GetString());
        }
    }

    [Fact]
    public async Task Definition_DescribesWhatHandlersReadThemselves_AndNoServiceParameter()
    {
        var api = await _client.GetJson("/api", "application/vnd.oai.openapi+json");

        var card = api.GetProperty("paths").GetProperty("/api/card").GetProperty("get");
        var lon = card.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "lon");
        Assert.True(lon.GetProperty("required").GetBoolean());
        Assert.Equal("number", lon.GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains("application/problem+json", card.GetProperty("responses").GetProperty("400").GetProperty("content").EnumerateObject().Select(c => c.Name));
        var tile = api.GetProperty("paths").GetProperty("/collections/{collectionId}/tiles/{z}/{x}/{y}").GetProperty("get");
        Assert.Contains("application/vnd.mapbox-vector-tile", tile.GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(c => c.Name));
        // The data generation a handler binds is the server's own business, not a query parameter.
        var parameterNames = api.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .SelectMany(o => o.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(p => ParameterName(api, p)).ToHashSet();
        Assert.DoesNotContain("generation", parameterNames);
        Assert.DoesNotContain(api.GetProperty("components").GetProperty("schemas").EnumerateObject(), s => s.Name.Contains("Generation", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api.html", null)]
    [InlineData("/api?f=html", null)]
    [InlineData("/api", "text/html")]
    public async Task ServiceDoc_IsAnHtmlPage_ThatLoadsItsViewerFromThisSite(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("src=\"js/api-doc.js\"", html);
        Assert.DoesNotContain("<script>", html);
        foreach (var asset in new[] { "/lib/swagger-ui/swagger-ui-bundle.js", "/lib/swagger-ui/swagger-ui.css", "/js/api-doc.js" })
        {
            using var file = await _client.GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.True(file.StatusCode == HttpStatusCode.OK, asset);
        }
    }

    // The route's path as the definition writes it: no trailing slash (a group's "/" route), no route constraints.
    private static string PathOf(RouteEndpoint endpoint)
    {
        var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
        return path;
    }

    // A path the definition has for one collection (/collections/zip-mobility/...), copied from a templated one.
    private static bool IsCollectionPath(string path) =>
        path.StartsWith("/collections/", StringComparison.Ordinal) && !path.StartsWith("/collections/{collectionId}", StringComparison.Ordinal);

    private static string ParameterName(JsonElement api, JsonElement parameter) =>
        parameter.TryGetProperty("$ref", out var reference)
            ? api.GetProperty("components").GetProperty("parameters").GetProperty(reference.GetString()!.Split('/')[^1]).GetProperty("name").GetString()!
            : parameter.GetProperty("name").GetString()!;
}
