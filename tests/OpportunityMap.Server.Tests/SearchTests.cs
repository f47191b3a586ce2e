using static OpportunityMap.Server.Tests.ResidentData;

namespace OpportunityMap.Server.Tests;

/// <summary>/api/search on the real data.</summary>
public sealed class SearchTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<List<JsonElement>> Search(string query) =>
        (await _client.GetJson($"/api/search?{query}")).GetProperty("results").EnumerateArray().ToList();

    [Fact]
    public async Task Search_28208_ReturnsTheZipFirst_CentredInsideIt()
    {
        var results = await Search("q=28208");

        var first = results[0];
        Assert.Equal("zip", first.GetProperty("kind").GetString());
        Assert.Equal("28208", first.GetProperty("id").GetString());
        Assert.Equal("zip-mobility", first.GetProperty("collection").GetString());
        Assert.Equal("ZIP code · Charlotte", first.GetProperty("detail").GetString());
        var zip = Geometry(await Feature(_client, "zip-mobility", "28208"));
        Assert.True(zip.Covers(new Point(first.GetProperty("lon").GetDouble(), first.GetProperty("lat").GetDouble())));
        var bbox = first.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.Equal([zip.EnvelopeInternal.MinX, zip.EnvelopeInternal.MinY, zip.EnvelopeInternal.MaxX, zip.EnvelopeInternal.MaxY], bbox);
    }

    [Fact]
    public async Task Search_ZipPrefix_FindsEveryZipStartingWithIt()
    {
        var results = await Search("q=2820&limit=50");

        Assert.Equal(["28202", "28203", "28204", "28205", "28206", "28207", "28208", "28209"],
            results.Where(r => r.GetProperty("kind").GetString() == "zip").Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_Davidson_ReturnsTheMunicipalityFirst()
    {
        var results = await Search("q=davidson");

        Assert.Equal("municipality", results[0].GetProperty("kind").GetString());
        Assert.Equal("Davidson", results[0].GetProperty("label").GetString());
        Assert.Equal("municipalities", results[0].GetProperty("collection").GetString());
        Assert.Equal("Town in Mecklenburg County", results[0].GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("Davidson")] // part of the town lies in Iredell County: the centre must not
    [InlineData("Cornelius")]
    [InlineData("Stallings")]
    [InlineData("Mint Hill")]
    public async Task Search_Municipality_CentresWhereTheCardFindsItsZip(string town)
    {
        var result = (await Search($"q={Uri.EscapeDataString(town)}"))[0];

        var card = await _client.GetJson(FormattableString.Invariant(
            $"/api/card?lon={result.GetProperty("lon").GetDouble():R}&lat={result.GetProperty("lat").GetDouble():R}"));

        Assert.Equal(town, result.GetProperty("label").GetString());
        Assert.True(card.GetProperty("inCounty").GetBoolean());
        Assert.Equal(JsonValueKind.Object, card.GetProperty("zip").ValueKind);
    }

    [Theory]
    [InlineData("D8")]
    [InlineData("d 8")]
    [InlineData("d-8")]
    public async Task Search_HolcId_ReturnsTheArea(string query)
    {
        var results = await Search($"q={Uri.EscapeDataString(query)}");

        Assert.Equal("holc", results[0].GetProperty("kind").GetString());
        Assert.Equal("D8", results[0].GetProperty("id").GetString());
        Assert.Equal("1935 HOLC area, grade D (Hazardous)", results[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_AccentedQuery_FindsBelmont()
    {
        var results = await Search($"q={Uri.EscapeDataString("Belmónt")}");

        Assert.Contains(results, r => r.GetProperty("label").GetString() == "Belmont Center Branch" && r.GetProperty("kind").GetString() == "resource");
        Assert.All(results, r => Assert.Contains("belmont", r.GetProperty("label").GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_NeighborhoodNumber_FindsTheNpa()
    {
        var results = await Search("q=npa%209");

        Assert.Equal("neighborhood", results[0].GetProperty("kind").GetString());
        Assert.Equal("9", results[0].GetProperty("id").GetString());
        Assert.Equal("Neighborhood Profile Area 9", results[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Search_Spanish_LocalisesTheDetail()
    {
        var results = await Search("q=28208&lang=es");

        Assert.Equal("Código postal · Charlotte", results[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Search_RanksExactThenPrefixThenWordPrefixThenContains()
    {
        var results = await Search("q=park&limit=50");
        var labels = results.Select(r => r.GetProperty("label").GetString()!.ToLowerInvariant()).ToList();

        static int Tier(string label)
        {
            var words = System.Text.RegularExpressions.Regex.Replace(label, "[^a-z0-9]+", " ").Trim();
            return words == "park" ? 0 : words.StartsWith("park", StringComparison.Ordinal) ? 1 : words.Contains(" park", StringComparison.Ordinal) ? 2 : 3;
        }

        var tiers = labels.Select(Tier).ToList();
        Assert.Equal(50, results.Count);
        Assert.Equal(tiers.Order(), tiers);
        Assert.Equal(2, tiers[^1]); // 190 parks: word prefixes alone fill the 50
    }

    [Fact]
    public async Task Search_Limit_CapsTheResults()
    {
        Assert.Equal(3, (await Search("q=a&limit=3")).Count);
        Assert.Equal(10, (await Search("q=a")).Count);
    }

    [Fact]
    public async Task Search_NoMatch_ReturnsEmptyResults()
    {
        Assert.Empty(await Search("q=zzzxqj"));
    }
}
