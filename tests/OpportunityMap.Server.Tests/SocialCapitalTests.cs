using static OpportunityMap.Server.Tests.RawFiles;
using static OpportunityMap.Server.Tests.ResidentData;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Economic connectedness as residents and clients read it: the zip-social-capital collection (every Mecklenburg ZIP
/// equal to the Social Capital Atlas's file), the card, and the measures by 1935 grade recomputed here.
/// </summary>
public sealed class SocialCapitalTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private static readonly Dictionary<string, Dictionary<string, string>> Source =
        Read("mobility/social_capital_zip.csv").ToDictionary(r => r["zip"].PadLeft(5, '0'));

    [Fact]
    public async Task EveryMecklenburgZip_HasTheSourceFilesEconomicConnectedness()
    {
        var zips = (await _client.GetGeoJson("/collections/zip-social-capital/items?limit=100")).GetProperty("features").EnumerateArray().ToList();
        var mobility = (await _client.GetGeoJson("/collections/zip-mobility/items?limit=100")).Ids();

        Assert.Equal(mobility.Order(), zips.Select(z => z.GetProperty("id").GetString()).Order());
        foreach (var zip in zips)
        {
            var properties = zip.GetProperty("properties");
            var id = zip.GetProperty("id").GetString()!;
            if (Source.TryGetValue(id, out var row))
            {
                Assert.Equal(Number(row["ec_zip"]), properties.GetProperty("ec_zip").GetDouble());
                Assert.Equal(Number(row["ec_se_zip"]), properties.GetProperty("ec_se_zip").GetDouble());
            }
            else
            {
                Assert.Equal(System.Text.Json.JsonValueKind.Null, properties.GetProperty("ec_zip").ValueKind);
            }
        }
    }

    [Fact]
    public async Task TheCard_GivesTheZipsEconomicConnectedness_WithItsStandardError()
    {
        var point = await InteriorPoint(_client, "zip-mobility", "28208");

        var card = await _client.GetJson(CardUrl(point));
        var social = card.GetProperty("socialCapital");

        Assert.Equal("28208", social.GetProperty("zipcode").GetString());
        Assert.Equal(Number(Source["28208"]["ec_zip"]), social.GetProperty("economicConnectedness").GetDouble());
        Assert.Equal("Economic connectedness 0.62 (standard error 0.010)", social.GetProperty("display").GetString());
        Assert.Contains(card.GetProperty("sources").EnumerateArray(), s => s.GetProperty("layer").GetString() == "zip-social-capital");
    }

    [Fact]
    public async Task ByGrade_EachGradeWeighsItsZipsByGradeShareTimesPeopleBelowTheMedian()
    {
        var zips = (await _client.GetGeoJson("/collections/zip-social-capital/items?limit=100")).GetProperty("features").EnumerateArray()
            .Select(z => (Id: z.GetProperty("id").GetString()!, Properties: z.GetProperty("properties"))).ToList();
        var rows = (await _client.GetJson("/api/report/social-capital")).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("grade").GetString()!);

        foreach (var grade in new[] { "A", "B", "C", "D" })
        {
            double sum = 0, weight = 0;
            foreach (var (id, properties) in zips.Where(z => Source.ContainsKey(z.Id)))
            {
                var w = properties.GetProperty($"holc_{grade.ToLowerInvariant()}_share").GetDouble() * Number(Source[id]["num_below_p50"])!.Value;
                sum += w * Number(Source[id]["ec_zip"])!.Value;
                weight += w;
            }

            Assert.Equal(sum / weight, rows[grade].GetProperty("values").GetProperty("ec_zip").GetDouble(), 1e-9);
            Assert.True(rows[grade].GetProperty("standardErrors").GetProperty("ec_zip").GetDouble() > 0);
        }

        Assert.Equal(6, rows.Count);
    }

    [Fact]
    public async Task ByGrade_Csv_NamesTheSocialCapitalAtlas()
    {
        var text = await _client.GetStringAsync("/api/report/social-capital?f=csv", TestContext.Current.CancellationToken);

        Assert.Contains("# Source: The Social Capital Atlas (Opportunity Insights)", text, StringComparison.Ordinal);
        Assert.Contains("\r\ngrade,category,zips,people,ec_zip,", text, StringComparison.Ordinal);
    }
}
