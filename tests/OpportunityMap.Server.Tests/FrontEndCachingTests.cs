namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 16, finding 9: the pages load the bundled front end (wwwroot/dist, built by esbuild at build time), whose
/// files are named by their content's hash and kept by browsers for a year; the pages themselves, and the sources
/// they were built from, are checked on each use.
/// </summary>
public sealed partial class FrontEndCachingTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<(HttpResponseMessage Response, string Html)> PageAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/", 3)]
    [InlineData("/embed", 3)]
    [InlineData("/report.html", 2)]
    [InlineData("/nation.html", 1)]
    public async Task Page_LoadsOnlyBuiltFiles_KeptAYear_AndIsItselfRevalidated(string path, int minimumScripts)
    {
        var (response, html) = await PageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache, $"{path}: Cache-Control {response.Headers.CacheControl}");
        var references = Reference().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        // Every script and stylesheet the page names (its modules' chunks preloaded) is a built file, not a source.
        Assert.True(references.Count(r => r.EndsWith(".js", StringComparison.Ordinal)) >= minimumScripts, string.Join(", ", references));
        Assert.All(references, r => Assert.Matches(@"^dist/[\w./-]+-[\w]{8,}\.(js|css)$", r));
        foreach (var file in references)
        {
            using var asset = await _client.GetAsync($"/{file}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
            Assert.Contains("immutable", asset.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/js/main.js")]
    [InlineData("/i18n/es.json")]
    [InlineData("/css/map.css")]
    public async Task UnhashedFiles_AreRevalidatedOnEachUse(string path)
    {
        using var response = await _client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
    }

    // The scripts, stylesheets and module preloads a page names.
    [GeneratedRegex("<(?:script[^>]*\\ssrc|link rel=\"(?:stylesheet|modulepreload)\"[^>]*\\shref)=\"(?<path>[^\"]+)\"")]
    private static partial Regex Reference();
}
