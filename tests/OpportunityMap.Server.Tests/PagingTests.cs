namespace OpportunityMap.Server.Tests;

public sealed class PagingTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("resources", 37)]
    [InlineData("tract-mobility", 50)]
    [InlineData("redlining-1935", 5)]
    public async Task NextLinks_WalkTheWholeCollection_WithNoGapsOrRepeats(string collection, int limit)
    {
        var all = await _client.GetGeoJson($"/collections/{collection}/items?limit=10000");
        var expected = all.Ids().ToList();

        var seen = new List<string>();
        var url = $"/collections/{collection}/items?limit={limit}";
        var pages = 0;
        while (url is not null)
        {
            var page = await _client.GetGeoJson(url);
            Assert.Equal(expected.Count, page.GetProperty("numberMatched").GetInt32());
            Assert.Equal(page.GetProperty("features").GetArrayLength(), page.GetProperty("numberReturned").GetInt32());
            seen.AddRange(page.Ids());
            url = page.Link("next");
            pages++;
            Assert.True(pages <= expected.Count / limit + 1, "more pages than the collection holds");
        }

        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + limit - 1) / limit, pages);
    }

    [Fact]
    public async Task PrevLink_FromSecondPage_ReturnsFirstPage()
    {
        var first = await _client.GetGeoJson("/collections/resources/items?limit=10&category=park");
        var second = await _client.GetGeoJson(first.Link("next")!);
        var back = await _client.GetGeoJson(second.Link("prev")!);

        Assert.Null(first.Link("prev"));
        Assert.Equal(first.Ids(), back.Ids());
        Assert.Contains("category=park", second.Link("prev"));
        Assert.All(second.GetProperty("features").EnumerateArray(),
            f => Assert.Equal("park", f.GetProperty("properties").GetProperty("category").GetString()));
    }

    [Fact]
    public async Task Items_OffsetPastTheEnd_ReturnsEmptyPageWithCount()
    {
        var page = await _client.GetGeoJson("/collections/redlining-1935/items?offset=100");

        Assert.Equal(34, page.GetProperty("numberMatched").GetInt32());
        Assert.Equal(0, page.GetProperty("numberReturned").GetInt32());
        Assert.Null(page.Link("next"));
    }

    [Fact]
    public async Task Items_NoLimit_ReturnsDefaultPageOf100()
    {
        var page = await _client.GetGeoJson("/collections/resources/items");

        Assert.Equal(100, page.GetProperty("numberReturned").GetInt32());
        Assert.Contains("limit=100", page.Link("next"));
        Assert.Contains("offset=100", page.Link("next"));
    }
}
