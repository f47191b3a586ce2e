namespace OpportunityMap.Server.Tests;

/// <summary>
/// Behind a reverse proxy: X-Forwarded-* is believed only from the configured proxies, so each client behind it gets
/// its own rate limit and links name the public host; from anyone else the headers change nothing.
/// </summary>
public sealed class TrustedProxyTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FromATrustedProxy_EachForwardedClientHasItsOwnRateLimit() =>
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK],
            await Statuses("127.0.0.1", "203.0.113.1", "203.0.113.1", "203.0.113.1", "203.0.113.2"));

    [Fact]
    public async Task WithoutTrustedProxies_ForwardedForIsIgnored_AndClientsShareTheAddressLimit() =>
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            await Statuses("", "203.0.113.1", "203.0.113.2", "203.0.113.3"));

    [Fact]
    public async Task FromATrustedNetwork_LinksNameTheForwardedSchemeAndHost()
    {
        await using var factory = Start("127.0.0.0/8");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?f=json");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "maps.example.org");

        using var response = await client.SendAsync(request, Token);
        using var landing = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));

        var self = landing.RootElement.GetProperty("links").EnumerateArray().First(l => l.GetProperty("rel").GetString() == "self");
        Assert.StartsWith("https://maps.example.org/", self.GetProperty("href").GetString());
    }

    [Fact]
    public async Task FromAnUntrustedAddress_ForwardedHostIsIgnored()
    {
        await using var factory = Start("192.0.2.1");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?f=json");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        using var response = await client.SendAsync(request, Token);

        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(Token));
    }

    private static OpportunityMapFactory Start(string trustedProxies)
    {
        var factory = new OpportunityMapFactory(new SlowStore(TimeSpan.Zero), new Dictionary<string, string?>
        {
            ["Web:TrustedProxies"] = trustedProxies,
            ["Web:RateLimitPermits"] = "2",
            ["Web:RateLimitWindowSeconds"] = "60",
        });
        // A real socket: the proxy is recognised by the connection's address, which only Kestrel gives.
        factory.StartOnFreePort();
        return factory;
    }

    // The status of one request per X-Forwarded-For value, in turn, to a service trusting `trustedProxies` (a limit of
    // two requests a minute per client).
    private static async Task<List<HttpStatusCode>> Statuses(string trustedProxies, params string[] forwardedFor)
    {
        await using var factory = Start(trustedProxies);
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/conformance");
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request, Token);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
