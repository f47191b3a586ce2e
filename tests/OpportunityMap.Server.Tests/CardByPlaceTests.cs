using static OpportunityMap.Server.Tests.ResidentData;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 16: a search result opens the card of the place found (its collection and id), not of a point inside it;
/// a neighborhood's name finds the 1935 area whose census tracts carry it.
/// </summary>
public sealed class CardByPlaceTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Search_Biddleville_FindsThe1935AreaItsTractOverlapsFirst()
    {
        var results = (await _client.GetJson("/api/search?q=Biddleville")).GetProperty("results").EnumerateArray().ToList();

        var first = results[0];
        Assert.Equal("holc", first.GetProperty("kind").GetString());
        Assert.Equal("Biddleville", first.GetProperty("match").GetString());
        Assert.Equal($"Biddleville · 1935 area {first.GetProperty("id").GetString()}", first.GetProperty("label").GetString());
        // The 1935 appraisers' own words name the place: the match is the area they meant.
        var area = await Feature(_client, "redlining-1935", first.GetProperty("id").GetString()!);
        Assert.Contains("Biddleville", area.GetProperty("properties").GetProperty("clarifying_remarks").GetString());
        Assert.Contains(results, r => r.GetProperty("kind").GetString() == "tract" && r.GetProperty("match").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Card_ByZip_IsAboutTheZipItself()
    {
        var card = await _client.GetJson("/api/card/zip-mobility/28208");

        var place = card.GetProperty("place");
        Assert.Equal("zip", place.GetProperty("kind").GetString());
        Assert.Equal("ZIP 28208 · Charlotte", place.GetProperty("title").GetString());
        Assert.Equal("28208", card.GetProperty("zip").GetProperty("zipcode").GetString());
        var es = await _client.GetJson("/api/card/zip-mobility/28208?lang=es");
        Assert.StartsWith("Código postal 28208", es.GetProperty("place").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Card_ByTract_ListsThe1935AreasItOverlaps_AsTheImportComputedThem()
    {
        var tract = await Feature(_client, "tract-mobility", "37119004700");

        var card = await _client.GetJson("/api/card/tract-mobility/37119004700");

        Assert.Equal("Biddleville · census tract", card.GetProperty("place").GetProperty("title").GetString());
        Assert.Equal("37119004700", card.GetProperty("tract").GetProperty("geoid").GetString());
        var areas = card.GetProperty("holcAreas").EnumerateArray().ToList();
        Assert.NotEmpty(areas);
        Assert.Equal(areas.Select(a => a.GetProperty("share").GetDouble()).OrderDescending(), areas.Select(a => a.GetProperty("share").GetDouble()));
        // The grade shares the import wrote on the tract (GradeShares) are the sum of its areas' shares per grade.
        foreach (var grade in new[] { "a", "b", "c", "d" })
        {
            var expected = tract.GetProperty("properties").GetProperty($"holc_{grade}_share").GetDouble();
            var sum = areas.Where(a => a.GetProperty("grade").GetString() == grade.ToUpperInvariant()).Sum(a => a.GetProperty("share").GetDouble());
            Assert.Equal(expected, sum, 0.01);
        }
    }

    [Fact]
    public async Task Card_ByHolcArea_IsThatAreaEvenWhereItsCentreIsInAHole()
    {
        var card = await _client.GetJson("/api/card/redlining-1935/D6");

        Assert.Equal("D6", card.GetProperty("holc").GetProperty("id").GetString());
        Assert.Equal("1935 area D6", card.GetProperty("place").GetProperty("title").GetString());
        Assert.Empty(card.GetProperty("holcAreas").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/card/zip-mobility/99999")]
    [InlineData("/api/card/redlining-national/1")]
    [InlineData("/api/card/nope/28208")]
    public async Task Card_UnknownPlace_Returns404Problem(string url)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.NotFound);

        Assert.Contains(url.Split('/')[^1], problem.GetProperty("detail").GetString());
    }
}
