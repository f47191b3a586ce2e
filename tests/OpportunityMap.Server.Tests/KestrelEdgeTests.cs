namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 17, items 1 and 7: what Kestrel itself refuses (a body too large, too slow or badly chunked; a request line
/// or headers too long) is RFC 9457 problem details with its own 4xx, never a 500; HEAD answers wherever GET does,
/// without a body. On a real Kestrel port, written byte by byte.
/// </summary>
public sealed class KestrelEdgeTests(KestrelEdgeTests.App app) : IClassFixture<KestrelEdgeTests.App>
{
    private Uri Server => app.Server;

    [Fact]
    public async Task BodyOverTheLimit_Is413Problem()
    {
        var response = await Post(new byte[70_000]);

        AssertProblem(response, 413);
        Assert.Contains("64 KiB", ProblemDetail(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HundredThousandOpeningBrackets_Is413Problem()
    {
        var response = await Post(Encoding.ASCII.GetBytes(new string('[', 100_000)));

        AssertProblem(response, 413);
    }

    [Fact]
    public async Task ChunkSizeThatOverflows_Is400Problem()
    {
        var response = await RawHttp.SendAsync(Server, RawHttp.Head("POST /api/summary HTTP/1.1",
            "Content-Type: application/json", "Transfer-Encoding: chunked") + "FFFFFFFFFFFFFFFFFFFF\r\nabc\r\n");

        AssertProblem(response, 400);
    }

    [Fact]
    public async Task BodyThatTricklesBelowKestrelsMinimumRate_Is408Problem()
    {
        // Kestrel's minimum is 240 bytes/s after a 5 s grace period: one byte a second falls below it.
        var head = Encoding.ASCII.GetBytes(RawHttp.Head("POST /api/summary HTTP/1.1", "Content-Type: application/json", "Content-Length: 30"));
        var response = await RawHttp.SendAsync(Server, head, Encoding.ASCII.GetBytes(new string(' ', 30)), chunk: 1, pause: TimeSpan.FromSeconds(1));

        AssertProblem(response, 408);
    }

    [Fact]
    public async Task RequestLineOverTheLimit_Is414Problem()
    {
        var response = await RawHttp.SendAsync(Server, RawHttp.Head($"GET /collections?x={new string('a', 40_000)} HTTP/1.1"));

        AssertProblem(response, 414);
    }

    [Fact]
    public async Task FilterOfTheParsersFullLength_PercentEncoded_FitsTheRequestLine()
    {
        // Nearly the parser's 8,000 characters, every one percent-encoded: 23,600 bytes, past Kestrel's default 8 KiB line.
        var filter = "holc_id NOT IN (" + string.Join(",", Enumerable.Range(0, 980).Select(i => $"'Z{i:D4}'")) + ")";
        var encoded = string.Concat(Encoding.UTF8.GetBytes(filter).Select(b => $"%{b:X2}"));

        var response = await RawHttp.SendAsync(Server, RawHttp.Head($"GET /collections/redlining-1935/items?filter={encoded} HTTP/1.1"));

        Assert.True(response.Status == 200, $"{response.Status}: {response.Body}");
        Assert.Contains("\"numberMatched\":34", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadersOverTheLimit_Are431Problem()
    {
        var headers = Enumerable.Range(0, 40).Select(i => $"X-Padding-{i}: {new string('a', 1000)}").ToArray();

        var response = await RawHttp.SendAsync(Server, RawHttp.Head("GET /collections HTTP/1.1", headers));

        AssertProblem(response, 431);
    }

    [Theory]
    [InlineData("/collections/zip-mobility/items?limit=2")]
    [InlineData("/collections/redlining-1935")]
    [InlineData("/api/card?lon=-80.84&lat=35.22")]
    [InlineData("/collections/zip-mobility/tiles/10/281/404")]
    [InlineData("/downloads/zip-mobility.csv")]
    [InlineData("/health")]
    public async Task Head_AnswersAsGetWould_WithoutABody(string path)
    {
        var get = await RawHttp.SendAsync(Server, RawHttp.Head($"GET {path} HTTP/1.1"));
        var head = await RawHttp.SendAsync(Server, RawHttp.Head($"HEAD {path} HTTP/1.1"));

        Assert.Equal(200, get.Status);
        Assert.Equal(200, head.Status);
        Assert.Equal(get.ContentType, head.ContentType);
        Assert.Equal(get.Headers.GetValueOrDefault("etag"), head.Headers.GetValueOrDefault("etag"));
        Assert.NotEqual("", get.Body);
        Assert.Equal("", head.Body);
    }

    private Task<RawHttp.Response> Post(byte[] body) =>
        RawHttp.SendAsync(Server, Encoding.ASCII.GetBytes(RawHttp.Head("POST /api/summary HTTP/1.1",
            "Content-Type: application/geo+json", $"Content-Length: {body.Length}")), body, chunk: 16 * 1024, pause: TimeSpan.Zero);

    private static void AssertProblem(RawHttp.Response response, int status)
    {
        Assert.True(response.Status == status, $"expected {status}, got {response.Status}: {response.Body}");
        Assert.Equal("application/problem+json", response.ContentType);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("title").GetString()));
    }

    private static string ProblemDetail(RawHttp.Response response)
    {
        using var problem = JsonDocument.Parse(response.Body);
        return problem.RootElement.GetProperty("detail").GetString()!;
    }

    /// <summary>The service on a real Kestrel port (Kestrel's own limits apply only there).</summary>
    public sealed class App : IAsyncLifetime
    {
        private readonly OpportunityMapFactory _factory = new();

        public Uri Server { get; private set; } = null!;

        public ValueTask InitializeAsync()
        {
            _factory.StartOnFreePort();
            Server = _factory.CreateClient().BaseAddress!;
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => _factory.DisposeAsync();
    }
}
