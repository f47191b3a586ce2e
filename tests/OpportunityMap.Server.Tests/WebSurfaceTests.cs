namespace OpportunityMap.Server.Tests;

public sealed class WebSurfaceTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("/?f=json", "'self'")]
    [InlineData("/?f=html", "'self'")]
    [InlineData("/js/main.js", "'self'")]
    [InlineData("/css/map.css", "'self'")]
    [InlineData("/collections", "'self'")]
    [InlineData("/collections/redlining-1935/items?limit=1", "'self'")]
    [InlineData("/collections/nowhere", "'self'")]
    [InlineData("/api", "'self'")]
    [InlineData("/api.html", "'self'")]
    [InlineData("/embed", "*")]
    public async Task EveryKindOfResponse_CarriesSecurityHeaders(string url, string frameAncestors)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains($"frame-ancestors {frameAncestors}", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Cors_AnyOriginMayReadTheApi()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/collections/zip-mobility/items?limit=1");
        request.Headers.Add("Origin", "https://news.example");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task Health_AndReady_Answer200()
    {
        using var health = await _client.GetAsync("/health", TestContext.Current.CancellationToken);
        using var ready = await _client.GetAsync("/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Matches("^[0-9a-f]{16}$", body.GetProperty("checks").GetProperty("store").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Metrics_ArePrometheusText_WithRequestDurations()
    {
        using (await _client.GetAsync("/collections", TestContext.Current.CancellationToken))
        {
        }

        var text = "";
        for (var attempt = 0; attempt < 20 && !text.Contains("http_server_request_duration_seconds", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            text = await _client.GetStringAsync("/metrics", TestContext.Current.CancellationToken);
        }

        Assert.Contains("http_server_request_duration_seconds", text);
    }

    [Fact]
    public async Task RateLimit_OverThePermits_Returns429ProblemWithRetryAfter()
    {
        await using var limited = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Web:RateLimitPermits"] = "3",
            ["Web:RateLimitWindowSeconds"] = "60",
        });
        using var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync("/conformance", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var rejected = await client.GetAsync("/conformance", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.True(rejected.Headers.RetryAfter?.Delta?.TotalSeconds > 0);
    }
}
