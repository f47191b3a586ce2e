namespace OpportunityMap.Server.Tests;

/// <summary>
/// Whole responses kept by ETag (Cache:ResponseMegabytes): a repeat is byte-identical with the same headers, and the
/// links inside it always name the host that asked.
/// </summary>
public sealed class ResponseCacheTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<HttpResponseMessage> Get(string url, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Repeat_IsByteIdentical_WithItsETagLengthAndContentCrs()
    {
        const string url = "/collections/zip-mobility/items?crs=http://www.opengis.net/def/crs/EPSG/0/3857&limit=7";
        using var first = await Get(url);
        Assert.Equal("miss", Assert.Single(first.Headers.GetValues("X-Cache")));
        var body = await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        using var second = await Get(url);

        Assert.Equal("hit", Assert.Single(second.Headers.GetValues("X-Cache")));
        Assert.Equal(body, await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(body.Length, second.Content.Headers.ContentLength);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal("<http://www.opengis.net/def/crs/EPSG/0/3857>", Assert.Single(second.Headers.GetValues("Content-Crs")));
        using var document = JsonDocument.Parse(body);
        Assert.Equal(7, document.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task SameQuery_FromAnotherHost_LinksToThatHost()
    {
        const string url = "/collections/redlining-1935/items?limit=3";
        using var viaA = await Get(url, "a.example.org");
        using var viaB = await Get(url, "b.example.org");
        using var againA = await Get(url, "a.example.org");

        var linksA = await Links(viaA);
        var linksB = await Links(viaB);

        Assert.All(linksA, href => Assert.StartsWith("http://a.example.org/", href));
        Assert.All(linksB, href => Assert.StartsWith("http://b.example.org/", href));
        Assert.Equal(linksA, await Links(againA));
        Assert.Equal("hit", Assert.Single(againA.Headers.GetValues("X-Cache")));
    }

    private static async Task<List<string>> Links(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return [.. document.RootElement.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("href").GetString()!)];
    }
}
