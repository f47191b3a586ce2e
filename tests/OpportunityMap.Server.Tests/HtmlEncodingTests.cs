using OpportunityMap.Stores.InMemory;

namespace OpportunityMap.Server.Tests;

/// <summary>The HTML pages on a synthetic layer whose every text is hostile markup: all of it is shown, none of it runs.</summary>
public sealed class HtmlEncodingTests : IAsyncLifetime
{
    private const string Hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly OpportunityMapFactory _factory = new(new InMemoryStore(
    [
        new LayerData(
            new LayerMetadata("hostile", "Title " + Hostile, "Description " + Hostile, "Point",
                [new LayerSource("Source " + Hostile, "javascript:alert(3)", "Licence " + Hostile, "https://example.org/?a=1&b=<x>", "Attribution " + Hostile, "2024")],
                [
                    new PropertyDefinition("name", PropertyType.String, "Name " + Hostile, "About " + Hostile, Queryable: true),
                    new PropertyDefinition("form", PropertyType.Json, "Form"),
                ],
                new Envelope(-81, -80, 35, 36)),
            [new LayerFeature("id\"><svg onload=x()>", Factory.CreatePoint(new Coordinate(-80.8, 35.2)), ["Value " + Hostile, """{"1":"<script>y()</script>"}"""])]),
    ], "hostile-v1"));

    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/collections?f=html")]
    [InlineData("/collections/hostile?f=html")]
    [InlineData("/collections/hostile/queryables?f=html")]
    [InlineData("/collections/hostile/items?f=html")]
    [InlineData("/collections/hostile/items/id%22%3E%3Csvg%20onload%3Dx()%3E?f=html")]
    public async Task HostileText_IsEncoded_NeverMarkup(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}: {html}");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\"'>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Item_ShowsTheHostileValueAsText()
    {
        var html = await _client.GetStringAsync("/collections/hostile/items/id%22%3E%3Csvg%20onload%3Dx()%3E?f=html", TestContext.Current.CancellationToken);

        Assert.Contains("Value &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;&gt;&lt;img src=x onerror=alert(2)&gt;", html);
        Assert.Contains("href=\"https://example.org/?a=1&amp;b=&lt;x&gt;\"", html);
    }
}
