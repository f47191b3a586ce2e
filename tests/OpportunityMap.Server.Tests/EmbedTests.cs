namespace OpportunityMap.Server.Tests;

/// <summary>/embed's server-filled page and /oembed (oembed.com 1.0) for this site's map views.</summary>
public sealed partial class EmbedTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private static string OEmbed(string pageUrl, string extra = "") => $"/oembed?url={Uri.EscapeDataString(pageUrl)}{extra}";

    [Fact]
    public async Task OEmbed_EmbedUrl_ReturnsRichJsonWithTheIframeWithinTheMaxima()
    {
        var view = "c=35.22700,-80.84300&z=12&layers=redlining-1935,zip-mobility&opacity=0.8";

        var json = await _client.GetJson(OEmbed($"http://localhost/embed?{view}", "&maxwidth=500&maxheight=900&format=json"));

        Assert.Equal("1.0", json.GetProperty("version").GetString());
        Assert.Equal("rich", json.GetProperty("type").GetString());
        Assert.Equal(500, json.GetProperty("width").GetInt32());
        Assert.Equal(480, json.GetProperty("height").GetInt32());
        Assert.Equal("Charlotte-Mecklenburg: 1935 redlining map and upward mobility by ZIP code", json.GetProperty("title").GetString());
        Assert.Equal("OpportunityMap", json.GetProperty("provider_name").GetString());
        Assert.Equal("http://localhost/", json.GetProperty("provider_url").GetString());
        Assert.True(json.GetProperty("cache_age").GetInt32() > 0);
        var html = json.GetProperty("html").GetString()!;
        Assert.StartsWith("<iframe src=\"http://localhost/embed?c=35.22700,-80.84300&amp;z=12&amp;layers=redlining-1935,zip-mobility&amp;opacity=0.8\"", html);
        Assert.Contains("title=\"Charlotte-Mecklenburg: 1935 redlining map and upward mobility by ZIP code\"", html);
        Assert.Contains("width=\"500\" height=\"480\"", html);
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Equal($"http://localhost/map.png?{view}&width=500&height=480", json.GetProperty("thumbnail_url").GetString());
        Assert.Equal(500, json.GetProperty("thumbnail_width").GetInt32());
        Assert.Equal(480, json.GetProperty("thumbnail_height").GetInt32());
    }

    [Fact]
    public async Task OEmbed_MapPageUrlWithTitleAndUnknownParameters_KeepsTheTitleDropsTheRest()
    {
        var json = await _client.GetJson(OEmbed("http://localhost/?z=13&title=Redlining%20%3Cthen%3E&utm_source=x"));

        Assert.Equal("Redlining <then>", json.GetProperty("title").GetString());
        var html = json.GetProperty("html").GetString()!;
        Assert.Contains("src=\"http://localhost/embed?z=13&amp;title=Redlining%20%3Cthen%3E\"", html);
        Assert.Contains("title=\"Redlining &lt;then&gt;\"", html);
        Assert.DoesNotContain("utm_source", html);
        Assert.Equal(640, json.GetProperty("width").GetInt32());
    }

    [Theory]
    [InlineData("https://news.example/embed?z=12")]
    [InlineData("http://localhost.evil.example/embed")]
    [InlineData("http://localhost/collections/zip-mobility")]
    [InlineData("http://localhost/embed/../api")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/embed?z=12")]
    public async Task OEmbed_UrlThatIsNotAMapViewOfThisSite_Returns404Problem(string url)
    {
        var problem = await _client.GetProblem(OEmbed(url), HttpStatusCode.NotFound);

        Assert.Equal("Not a map view of this site", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task OEmbed_FormatXml_Returns501Problem()
    {
        await _client.GetProblem(OEmbed("http://localhost/embed", "&format=xml"), HttpStatusCode.NotImplemented);
    }

    [Theory]
    [InlineData("&maxwidth=abc", "maxwidth")]
    [InlineData("&maxwidth=0", "maxwidth")]
    [InlineData("&maxheight=-5", "maxheight")]
    [InlineData("&maxheight=99999", "maxheight")]
    public async Task OEmbed_BadMaximum_Returns400KeyedByParameter(string extra, string parameter)
    {
        var problem = await _client.GetProblem(OEmbed("http://localhost/embed", extra), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task OEmbed_NoUrl_Returns400()
    {
        var problem = await _client.GetProblem("/oembed", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _));
    }

    [Fact]
    public async Task Embed_FillsTitleOgTagsAndDiscoveryLink_HtmlEncoded()
    {
        var html = await _client.GetStringAsync("/embed?lang=es&z=12&layers=zip-mobility&title=%3Cscript%3Ealert(1)%3C/script%3E&junk=1", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("{{", html);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>", html);
        Assert.Contains("<html lang=\"es\">", html);
        var query = "lang=es&amp;z=12&amp;layers=zip-mobility&amp;title=%3Cscript%3Ealert%281%29%3C%2Fscript%3E";
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost/map.png?{query}\">", html);
        Assert.Contains($"<a id=\"om-embed-full\" class=\"om-embed-full\" href=\"http://localhost/?{query}\"", html);
        var discovery = OEmbedLink().Match(html);
        Assert.True(discovery.Success, "No oEmbed discovery link.");
        var oembed = await _client.GetJson(WebUtility.HtmlDecode(discovery.Groups[1].Value).Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal("<script>alert(1)</script>", oembed.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Embed_WithoutTitle_TitleNamesTheShownLayersInThePageLanguage()
    {
        var html = await _client.GetStringAsync("/embed?lang=es&layers=redlining-1935,resources", TestContext.Current.CancellationToken);

        const string title = "Charlotte-Mecklenburg: Mapa de redlining de 1935 y recursos del vecindario";
        Assert.Contains($"<h1 id=\"om-embed-title\" title=\"{title}\">{title}</h1>", html);
    }

    [Fact]
    public async Task MapPage_ForABrowser_HasTheDiscoveryLinkOfItsOwnView()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?z=14&layers=tract-mobility");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var discovery = OEmbedLink().Match(html);
        Assert.True(discovery.Success, "No oEmbed discovery link.");
        Assert.Equal($"http://localhost/oembed?url={Uri.EscapeDataString("http://localhost/?z=14&layers=tract-mobility")}&format=json",
            WebUtility.HtmlDecode(discovery.Groups[1].Value));
        Assert.Contains("frame-ancestors 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")));
    }

    [GeneratedRegex("<link rel=\"alternate\" type=\"application/json\\+oembed\" href=\"([^\"]+)\"")]
    private static partial Regex OEmbedLink();
}
