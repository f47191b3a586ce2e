namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 17, item 7: an unknown path is problem details whatever the client accepts; a NUL in a parameter is
/// refused (Kestrel itself refuses one in the path); links name the configured public URL, never a Host header a client made up; <c>AllowedHosts</c> is
/// answered with problem details.
/// </summary>
public sealed class ProtocolEdgeTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("text/html")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("image/png")]
    [InlineData("application/json")]
    public async Task UnknownPath_IsA404Problem_WhateverTheAccept(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/card?lat=35.2%00&lon=-80.8", "lat")]
    [InlineData("/collections/zip-mobility/items?limit=5%00", "limit")]
    [InlineData("/collections/zip-mobility/items?lim%00it=5", "limit")]
    public async Task Nul_IsRefusedNamingWhereItWas(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Fact]
    public async Task PublicBaseUrl_NamesEveryLink_WhateverTheHostHeader()
    {
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?> { ["Web:PublicBaseUrl"] = "https://map.example.org/opportunity" });
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections/zip-mobility?f=json");
        request.Headers.Host = "attacker.example";

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("attacker.example", body, StringComparison.Ordinal);
        Assert.Equal("https://map.example.org/opportunity/collections/zip-mobility/items", JsonDocument.Parse(body).RootElement.Link("items")?.Split('?')[0]);
    }

    [Fact]
    public async Task AllowedHosts_OtherHost_IsA400Problem_AndTheAllowedOneIsServed()
    {
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "map.example.org;localhost" });
        using var client = factory.CreateClient();
        using var other = new HttpRequestMessage(HttpMethod.Get, "/collections");
        other.Headers.Host = "attacker.example";

        using var refused = await client.SendAsync(other, TestContext.Current.CancellationToken);
        using var served = await client.GetAsync("/collections", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }
}
