namespace OpportunityMap.Server.Tests;

internal static class HttpAssertions
{
    public static async Task<JsonElement> GetJson(this HttpClient client, string url, string expectedMediaType = "application/json")
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body}");
        Assert.Equal(expectedMediaType, response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<JsonElement> GetGeoJson(this HttpClient client, string url) => client.GetJson(url, "application/geo+json");

    /// <summary>A CSV answer (200, text/csv): its leading <c>#</c> provenance lines, and its header and rows after them.</summary>
    public static async Task<(string[] Comments, string[] Rows)> GetCsv(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return ([.. lines.TakeWhile(l => l.StartsWith('#'))], [.. lines.SkipWhile(l => l.StartsWith('#'))]);
    }

    /// <summary>Asserts a problem-details response with this status, and returns its body.</summary>
    public static async Task<JsonElement> GetProblem(this HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == status, $"GET {url} → {(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static IEnumerable<string> Ids(this JsonElement featureCollection) =>
        featureCollection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!);

    public static string? Link(this JsonElement document, string rel) =>
        document.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == rel)
            .Select(l => l.GetProperty("href").GetString())
            .FirstOrDefault();
}
