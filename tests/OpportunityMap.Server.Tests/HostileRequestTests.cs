namespace OpportunityMap.Server.Tests;

/// <summary>
/// Every request of Corpus/hostile-requests.txt (SQL and script injection in every parameter, path traversal, huge
/// and deeply nested values, wrong methods) gets its 4xx (or, for a harmless string filter, an empty 200), never a
/// 500, and the service is still healthy afterwards.
/// </summary>
public sealed class HostileRequestTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    public static TheoryData<int, string, string> Corpus()
    {
        var data = new TheoryData<int, string, string>();
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "OpportunityMap.Server.Tests", "Corpus", "hostile-requests.txt");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', 3);
            data.Add(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1], parts[2]);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeast100Requests() => Assert.True(Corpus().Count >= 100);

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task HostileRequest_GetsItsClientError_AndTheServiceStaysHealthy(int expected, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = new StringContent("{\"type\":\"Feature\"}");
        }

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode == expected, $"{method} {url[..Math.Min(url.Length, 200)]} → {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        if (expected >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.Contains("\"numberMatched\":0", body);
        }

        Assert.DoesNotContain("<script>", body);
        using var health = await _client.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
