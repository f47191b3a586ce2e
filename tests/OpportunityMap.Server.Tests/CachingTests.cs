namespace OpportunityMap.Server.Tests;

public sealed class CachingTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Items_CarryStrongETag_AndIfNoneMatchGives304()
    {
        using var first = await _client.GetAsync("/collections/redlining-1935/items?grade=D", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Contains("max-age=", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections/redlining-1935/items?grade=D");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ETag_SameQueryInAnotherOrder_IsTheSame_DifferentQuery_Differs()
    {
        using var a = await _client.GetAsync("/collections/resources/items?category=park&limit=5", TestContext.Current.CancellationToken);
        using var b = await _client.GetAsync("/collections/resources/items?limit=5&category=park", TestContext.Current.CancellationToken);
        using var c = await _client.GetAsync("/collections/resources/items?limit=6&category=park", TestContext.Current.CancellationToken);

        Assert.Equal(a.Headers.ETag, b.Headers.ETag);
        Assert.NotEqual(a.Headers.ETag, c.Headers.ETag);
    }

    [Fact]
    public async Task Errors_AreNotGivenAnETag()
    {
        using var response = await _client.GetAsync("/collections/redlining-1935/items?limit=0", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Items_AskedForBrotli_AreCompressed()
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections/zip-mobility/items");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }
}
