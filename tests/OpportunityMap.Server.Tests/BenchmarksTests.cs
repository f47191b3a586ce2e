using static OpportunityMap.Server.Tests.RawFiles;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// GET /api/benchmarks against the Opportunity Atlas county file and crosswalk, recomputed here from the raw rows:
/// Mecklenburg 0.352, 2,929th of 3,208 US counties, 73rd of 100 in North Carolina, the Charlotte commuting zone 49th of
/// the 50 largest.
/// </summary>
public sealed class BenchmarksTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private static readonly List<Dictionary<string, string>> Counties = Read("mobility/county_outcomes_simple.csv");

    private static (int Rank, int Of) RankAmong(IEnumerable<Dictionary<string, string>> rows, double value)
    {
        var values = rows.Select(r => Number(r["kfr_pooled_pooled_p25"])).OfType<double>().ToList();
        return (1 + values.Count(v => v > value), values.Count);
    }

    [Fact]
    public async Task Mecklenburg_RanksAmongUSAndNorthCarolinaCounties_AsTheFileSays()
    {
        var meck = Counties.Single(r => r["state"] == "37" && r["county"] == "119");
        var value = Number(meck["kfr_pooled_pooled_p25"])!.Value;
        var nation = RankAmong(Counties, value);
        var state = RankAmong(Counties.Where(r => r["state"] == "37"), value);

        var json = await _client.GetJson("/api/benchmarks?county=37119");
        var pooled = json.GetProperty("groups")[0];

        Assert.Equal("pooled", pooled.GetProperty("group").GetString());
        Assert.Equal(value, pooled.GetProperty("value").GetDouble());
        Assert.Equal(0.352, Math.Round(value, 3));
        Assert.Equal(Number(meck["kfr_pooled_pooled_p25_se"]), pooled.GetProperty("standardError").GetDouble());
        Assert.Equal((2929, 3208), nation);
        Assert.Equal((73, 100), state);
        Assert.Equal(nation, (pooled.GetProperty("nation").GetProperty("rank").GetInt32(), pooled.GetProperty("nation").GetProperty("of").GetInt32()));
        Assert.Equal(state, (pooled.GetProperty("state").GetProperty("rank").GetInt32(), pooled.GetProperty("state").GetProperty("of").GetInt32()));
    }

    [Fact]
    public async Task ByRace_EachGroupIsRankedAmongTheCountiesWithAValueForIt()
    {
        var json = await _client.GetJson("/api/benchmarks?county=37119");
        var meck = Counties.Single(r => r["state"] == "37" && r["county"] == "119");

        foreach (var group in json.GetProperty("groups").EnumerateArray().Skip(1))
        {
            var name = group.GetProperty("group").GetString()!;
            var value = Number(meck[$"kfr_{name}_pooled_p25"])!.Value;
            var values = Counties.Select(r => Number(r[$"kfr_{name}_pooled_p25"])).OfType<double>().ToList();

            Assert.Equal(value, group.GetProperty("value").GetDouble());
            Assert.Equal(Number(meck[$"{name}_pooled_count"]), group.GetProperty("children").GetDouble());
            Assert.Equal(1 + values.Count(v => v > value), group.GetProperty("nation").GetProperty("rank").GetInt32());
            Assert.Equal(values.Count, group.GetProperty("nation").GetProperty("of").GetInt32());
        }
    }

    [Fact]
    public async Task CharlotteCommutingZone_Is49thOfThe50Largest_BuiltFromItsCountiesWeightedByChildren()
    {
        var zoneOf = Read("mobility/cz_county_crosswalk.csv").ToDictionary(r => (r["state"], r["county"]), r => r["cz"]);
        var zones = Counties
            .Where(r => Number(r["kfr_pooled_pooled_p25"]) is not null && Number(r["pooled_pooled_count"]) is > 0 && zoneOf.ContainsKey((r["state"], r["county"])))
            .GroupBy(r => zoneOf[(r["state"], r["county"])])
            .Select(g => (Id: g.Key, Children: g.Sum(r => Number(r["pooled_pooled_count"])!.Value),
                Value: g.Sum(r => Number(r["pooled_pooled_count"])!.Value * Number(r["kfr_pooled_pooled_p25"])!.Value) / g.Sum(r => Number(r["pooled_pooled_count"])!.Value)))
            .OrderByDescending(z => z.Children).Take(50).OrderByDescending(z => z.Value).ToList();
        var charlotte = zones.FindIndex(z => z.Id == "900") + 1;

        var zone = (await _client.GetJson("/api/benchmarks?county=37119")).GetProperty("commutingZone");

        Assert.Equal(49, charlotte);
        Assert.Equal("Charlotte", zone.GetProperty("name").GetString());
        Assert.Equal(zones[charlotte - 1].Value, zone.GetProperty("value").GetDouble(), 1e-12);
        Assert.Equal(charlotte, zone.GetProperty("amongLargest").GetProperty("rank").GetInt32());
        Assert.Equal(50, zone.GetProperty("amongLargest").GetProperty("of").GetInt32());
        Assert.Equal(zones.Select(z => z.Id), zone.GetProperty("largest").EnumerateArray().Select(z => z.GetProperty("id").GetString()));
        Assert.Contains("does not reproduce", zone.GetProperty("approximation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_CarriesItsSourcesAndLicence_AndTheSameRanks()
    {
        var response = await _client.GetAsync("/api/benchmarks?county=37119&f=csv", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(lines, l => l.StartsWith("# Source: The Opportunity Atlas (Opportunity Insights)", StringComparison.Ordinal) && l.Contains("free for research", StringComparison.Ordinal));
        var header = lines.First(l => !l.StartsWith('#')).Split(',');
        var nation = lines.Single(l => l.StartsWith("\"us-counties\",\"pooled\"", StringComparison.Ordinal)).Split(',');
        Assert.Equal("2929", nation[Array.IndexOf(header, "rank")]);
        Assert.Equal("3208", nation[Array.IndexOf(header, "of")]);
        Assert.Contains(lines, l => l.StartsWith("\"largest-commuting-zones\",\"pooled\"", StringComparison.Ordinal) && l.Contains(",49,50,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutACounty_IsMecklenburg_AndAnotherCountyIsRankedToo()
    {
        var meck = await _client.GetJson("/api/benchmarks");
        var wake = await _client.GetJson("/api/benchmarks?county=37183");

        Assert.Equal("37119", meck.GetProperty("county").GetString());
        Assert.Equal("37183", wake.GetProperty("county").GetString());
        Assert.Equal(100, wake.GetProperty("groups")[0].GetProperty("state").GetProperty("of").GetInt32());
    }

    [Theory]
    [InlineData("/api/benchmarks?county=3711", HttpStatusCode.BadRequest)]
    [InlineData("/api/benchmarks?county=37119&f=xml", HttpStatusCode.BadRequest)]
    [InlineData("/api/benchmarks?county=37119&lang=fr", HttpStatusCode.BadRequest)]
    [InlineData("/api/benchmarks?county=99999", HttpStatusCode.NotFound)]
    public async Task BadRequests_AreProblems(string url, HttpStatusCode status) => await _client.GetProblem(url, status);
}
