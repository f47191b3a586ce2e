namespace OpportunityMap.Server.Tests;

/// <summary>The f=html pages of the OGC resources, on the real data.</summary>
public sealed partial class HtmlPagesTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("/collections?f=html", "Published collections")]
    [InlineData("/collections/redlining-1935?f=html", "Properties of ")]
    [InlineData("/collections/redlining-1935/queryables?f=html", "Queryable properties of ")]
    [InlineData("/collections/zip-mobility/items?f=html", "Mobility")]
    [InlineData("/collections/redlining-1935/items/D8?f=html", "Properties of D8")]
    [InlineData("/conformance?f=html", "ogcapi-features-2/1.0/conf/crs")]
    public async Task HtmlPage_IsAnAccessibleHtmlDocument(string url, string expected)
    {
        var html = await GetHtml(url);

        Assert.StartsWith("<!doctype html>", html);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("/css/api.css\"", html);
        Assert.Contains(expected, html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain(" style=", html);
        if (html.Contains("<table>", StringComparison.Ordinal))
        {
            Assert.Contains("<caption>", html);
            Assert.Contains("<th scope=\"col\">", html);
        }
    }

    [Theory]
    [InlineData("/collections")]
    [InlineData("/collections/resources")]
    [InlineData("/collections/resources/items?limit=3")]
    [InlineData("/collections/resources/items/library-007")]
    [InlineData("/conformance")]
    public async Task Browser_AcceptingHtml_GetsThePage_AndAClientGetsJson(string url)
    {
        using var browser = new HttpRequestMessage(HttpMethod.Get, url);
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await _client.SendAsync(browser, TestContext.Current.CancellationToken);
        using var json = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", page.Headers.Vary);
        Assert.NotEqual("text/html", json.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Landing_LinksToTheHtmlCollections()
    {
        var landing = await _client.GetJson("/?f=json");

        Assert.Contains(landing.GetProperty("links").EnumerateArray(),
            l => l.GetProperty("type").GetString() == "text/html" && l.GetProperty("href").GetString()!.EndsWith("/collections?f=html", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/collections", "/collections?f=html")]
    [InlineData("/collections/tract-mobility", "/collections/tract-mobility?f=html")]
    public async Task Json_LinksToItsHtmlAlternate(string url, string page)
    {
        var json = await _client.GetJson(url);

        Assert.Equal("http://localhost" + page, json.Link("alternate"));
    }

    [Fact]
    public async Task Items_Table_HasOneRowPerFeature_AndPagingThatKeepsHtml()
    {
        var html = await GetHtml("/collections/redlining-1935/items?f=html&limit=10&grade=D&properties=grade,category");

        Assert.Equal(10, RowHeaders().Matches(html).Count);
        Assert.Contains("Features 1–10 of 11.", html);
        Assert.Contains("<th scope=\"col\" title=\"", html);
        Assert.Contains(">category</th>", html);
        Assert.DoesNotContain(">fill</th>", html);
        var next = Assert.Single(Hrefs(html).Distinct(), h => h.Contains("offset=10", StringComparison.Ordinal));
        Assert.Contains("f=html", next);

        var second = await GetHtml(new Uri(next).PathAndQuery);
        Assert.Single(RowHeaders().Matches(second));
        Assert.Contains("rel=\"prev\"", second);
        Assert.DoesNotContain("rel=\"next\"", second);
    }

    [Fact]
    public async Task Item_ShowsEveryPropertyAndTheFormVerbatim()
    {
        var html = await GetHtml("/collections/redlining-1935/items/D8?f=html");

        Assert.Contains("<th scope=\"row\">", html);
        Assert.Contains("Hazardous", html);
        Assert.Contains("<pre>{", html);
        Assert.Contains("/?layers=redlining-1935&amp;c=35.", html);
    }

    [Fact]
    public async Task Collection_ShowsTheAttributionAndLicence()
    {
        var json = await _client.GetJson("/collections/redlining-1935");
        var html = await GetHtml("/collections/redlining-1935?f=html");

        var source = json.GetProperty("sources")[0];
        Assert.Contains(System.Net.WebUtility.HtmlEncode(source.GetProperty("attribution").GetString()!).Replace("&#39;", "'", StringComparison.Ordinal), html);
        Assert.Contains($"href=\"{source.GetProperty("licenceUrl").GetString()}\"", html);
        Assert.Contains("EPSG:2264", html);
    }

    [Theory]
    [InlineData("/collections?f=html")]
    [InlineData("/collections/neighborhoods?f=html")]
    [InlineData("/collections/resources/items?f=html&limit=5&offset=5")]
    [InlineData("/collections/resources/items/library-007?f=html")]
    public async Task EveryLinkToThisSite_Answers200(string url)
    {
        var html = await GetHtml(url);
        var local = Hrefs(html).Where(h => h.StartsWith("http://localhost/", StringComparison.Ordinal)).Distinct().ToList();

        Assert.True(local.Count >= 4, $"only {local.Count} links on {url}");
        foreach (var href in local)
        {
            using var response = await _client.GetAsync(new Uri(href).PathAndQuery, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} on {url} → {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/collections/redlining-1935/items?f=html&crs=EPSG:1")]
    [InlineData("/collections/redlining-1935/items?f=html&properties=nope")]
    [InlineData("/collections/redlining-1935/items/D8?f=html&precision=99")]
    public async Task HtmlPage_BadParameter_Is400Problem(string url) =>
        await _client.GetProblem(url, HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/collections/nope?f=html")]
    [InlineData("/collections/nope/items?f=html")]
    [InlineData("/collections/redlining-1935/items/Z99?f=html")]
    public async Task HtmlPage_Unknown_Is404Problem(string url) =>
        await _client.GetProblem(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task Stylesheet_IsServed()
    {
        using var response = await _client.GetAsync("/css/api.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> GetHtml(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body}");
        Assert.Equal(new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return body;
    }

    private static IEnumerable<string> Hrefs(string html) =>
        HrefAttribute().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefAttribute();

    [GeneratedRegex("<tr><th scope=\"row\">")]
    private static partial Regex RowHeaders();
}
