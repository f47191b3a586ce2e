using OpportunityMap.Core.Analysis;
using static OpportunityMap.Server.Tests.RawFiles;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// GET /api/report/holc-cities against Mapping Inequality's lookup and the Atlas's tract files, blended again here from
/// the raw rows (grade = the label's first letter A-D, weight = tract_prop × kid_pooled_n, rows under 1% of a tract out).
/// </summary>
public sealed class HolcCitiesReportTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private static readonly Lazy<Dictionary<(string State, string City), Dictionary<string, (double Value, double Children)>>> Blended = new(Blend);

    private static Dictionary<(string State, string City), Dictionary<string, (double Value, double Children)>> Blend()
    {
        var income = Read("mobility/tract_kfr_rP_gP_p25.csv").Where(r => r["Household_Income_at_Age_35_rP_gP_p25"].Length > 0)
            .ToDictionary(r => r["tract"].PadLeft(11, '0'), r => Number(r["Household_Income_at_Age_35_rP_gP_p25"])!.Value);
        var children = Read("mobility/tract_kir_ranks.csv").ToDictionary(
            r => r["state"].PadLeft(2, '0') + r["county"].PadLeft(3, '0') + r["tract"].PadLeft(6, '0'), r => Number(r["kid_pooled_n"]) ?? 0);
        var sums = new Dictionary<(string, string), Dictionary<string, (double Sum, double Weight)>>();
        foreach (var row in Read("holc/national_holc_tract2010_lookup.csv"))
        {
            var key = (row["state"], row["city"]);
            var grades = sums.TryGetValue(key, out var g) ? g : sums[key] = [];
            var grade = row["holc_id"].Length > 0 && "ABCD".Contains(row["holc_id"][0], StringComparison.Ordinal) ? row["holc_id"][..1] : null;
            var share = Number(row["tract_prop"])!.Value;
            if (grade is null || share < 0.01 || !income.TryGetValue(row["geoid"], out var value) || children.GetValueOrDefault(row["geoid"]) <= 0)
            {
                continue;
            }

            var weight = share * children[row["geoid"]];
            var (sum, total) = grades.GetValueOrDefault(grade);
            grades[grade] = (sum + weight * value, total + weight);
        }

        return sums.ToDictionary(c => c.Key, c => c.Value.ToDictionary(g => g.Key, g => (g.Value.Sum / g.Value.Weight, g.Value.Weight)));
    }

    private static double Grade(JsonElement city, string grade) =>
        city.GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("grade").GetString() == grade).GetProperty("value").GetDouble();

    [Fact]
    public async Task EveryCityOfTheLookup_IsListed_WithItsFourGrades()
    {
        var cities = (await _client.GetJson("/api/report/holc-cities")).GetProperty("cities").EnumerateArray().ToList();

        Assert.Equal(Blended.Value.Count, cities.Count);
        Assert.Equal(202, cities.Count);
        Assert.All(cities, c => Assert.Equal(["A", "B", "C", "D"], c.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("grade").GetString())));
        Assert.Equal(Blended.Value.Keys.Order(), cities.Select(c => (c.GetProperty("state").GetString()!, c.GetProperty("city").GetString()!)).Order());
    }

    [Fact]
    public async Task Charlotte_AgreesWithTheRawBlend_TheIssuesFigures_AndTheCharlotteReport()
    {
        var city = (await _client.GetJson("/api/report/holc-cities?city=charlotte-nc")).GetProperty("cities")[0];
        var report = (await _client.GetJson("/api/report/holc-vs-today")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("grade").GetString()!, r => r.GetProperty("mobility").GetProperty("household_income_p25").GetDouble());
        var raw = Blended.Value[("NC", "Charlotte")];

        foreach (var (grade, figure) in new[] { ("A", 40_293.0), ("B", 28_692.0), ("C", 19_968.0), ("D", 19_507.0) })
        {
            Assert.Equal(raw[grade].Value, Grade(city, grade), 1e-6);
            Assert.InRange(Grade(city, grade) / figure, 0.99, 1.01);
            Assert.InRange(Grade(city, grade) / report[grade], 0.99, 1.01);
        }
    }

    [Fact]
    public async Task CharlottesGap_Is7thLargest_AmongTheCitiesWithEnoughChildrenOnAAndD()
    {
        var json = await _client.GetJson("/api/report/holc-cities");
        var both = Blended.Value.Where(c => c.Value.ContainsKey("A") && c.Value.ContainsKey("D")).ToList();
        var ranked = both.Where(c => c.Value["A"].Children >= SmallNumbers.MinimumChildren && c.Value["D"].Children >= SmallNumbers.MinimumChildren)
            .OrderByDescending(c => c.Value["A"].Value - c.Value["D"].Value).Select(c => c.Key).ToList();
        var charlotte = json.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "charlotte-nc");

        Assert.Equal(174, both.Count);
        Assert.Equal(both.Count, json.GetProperty("citiesWithAAndD").GetInt32());
        Assert.Equal(ranked.Count, json.GetProperty("citiesRanked").GetInt32());
        Assert.Equal(7, ranked.IndexOf(("NC", "Charlotte")) + 1);
        Assert.Equal(7, charlotte.GetProperty("gapRank").GetInt32());
        Assert.Equal(Grade(charlotte, "A") - Grade(charlotte, "D"), charlotte.GetProperty("gapAD").GetDouble(), 1e-6);
        // Gaps within $1,000 of Charlotte's are not told apart: its band of ranks.
        var gaps = ranked.Select(c => Blended.Value[c]["A"].Value - Blended.Value[c]["D"].Value).ToList();
        var own = gaps[6];
        Assert.Equal(1 + gaps.Count(g => g - own >= 1000), charlotte.GetProperty("gapBestRank").GetInt32());
        Assert.Equal(gaps.Count - gaps.Count(g => own - g >= 1000), charlotte.GetProperty("gapWorstRank").GetInt32());
    }

    [Fact]
    public async Task EveryCityOfTheMapsPicker_HasItsNumbers()
    {
        var picker = (await _client.GetJson("/api/holc-cities")).GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        var mapKeys = (await _client.GetJson("/api/report/holc-cities")).GetProperty("cities").EnumerateArray()
            .Select(c => c.GetProperty("mapKey")).Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()).ToList();

        Assert.Equal(picker.Order(), mapKeys.Order());
        // South Bend is "SouthBend" on the map and "South Bend" in the lookup: the two meet.
        Assert.Equal("southbend-in", (await _client.GetJson("/api/report/holc-cities?city=southbend-in")).GetProperty("cities")[0].GetProperty("mapKey").GetString());
    }

    [Fact]
    public async Task Csv_HasALinePerCity_AfterItsSourcesAndLicences()
    {
        var (comments, rows) = await _client.GetCsv("/api/report/holc-cities?f=csv");

        Assert.Contains(comments, l => l.StartsWith("# Source: Mapping Inequality", StringComparison.Ordinal) && l.Contains("CC BY-NC-SA 4.0", StringComparison.Ordinal));
        Assert.Equal(202, rows.Length - 1);
        Assert.StartsWith("key,map_key,city,state,A,A_children", rows[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCity_IsANotFoundProblem() =>
        await _client.GetProblem("/api/report/holc-cities?city=atlantis-xx", System.Net.HttpStatusCode.NotFound);
}
