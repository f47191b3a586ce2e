using System.Text.Json.Nodes;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 14, statements 1-4 and 7: what the words claim, derived from the data (the 1935 forms, the Atlas files, the
/// Explorer's notes), in both languages, wherever the words appear: collections, card, report, downloads, docs.
/// </summary>
public sealed class JournalistWordsTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Redlining_SaysWhatTheFormsRecord_NotThatDAreasWereBlackNeighborhoods()
    {
        // Field 5d of the 1935 form ("Negro"): "Yes …" where the appraisers recorded Black residents.
        var forms = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.Geodata, "holc/charlotte_1935.geojson"), TestContext.Current.CancellationToken))!["features"]!
            .AsArray().Select(f => f!["properties"]!).Select(p => (Grade: (string)p["holc_grade"]!, Id: (string)p["holc_id"]!, Field5d: (string?)p["area_description_data"]?["5d"] ?? ""))
            .ToList();
        var recorded = forms.Where(f => f.Field5d.TrimStart().StartsWith("Yes", StringComparison.Ordinal))
            .Select(f => (f.Grade, f.Id, Percent: int.Parse(f.Field5d.Trim()[3..].Trim(), CultureInfo.InvariantCulture))).ToList();
        var d = forms.Count(f => f.Grade == "D");
        var majority = recorded.Where(r => r.Percent >= 50).ToList();
        var few = recorded.Single(r => r.Percent < 50);
        var none = forms.Where(f => f.Grade == "D" && !recorded.Any(r => r.Id == f.Id)).Select(f => f.Id).ToList();
        var english = (await _client.GetJson("/collections/redlining-1935")).GetProperty("description").GetString()!;
        var spanish = (await _client.GetJson("/collections/redlining-1935?lang=es")).GetProperty("description").GetString()!;

        Assert.All(recorded, f => Assert.Equal("D", f.Grade));
        Assert.Equal(["D10", "D11"], none);
        Assert.Contains($"The 1935 forms record Black residents in {recorded.Count} of the {d} D areas (form field 5d): "
            + $"{majority.Min(r => r.Percent)}% to {majority.Max(r => r.Percent)}% of residents in D2-D9, {few.Percent}% in {few.Id}, none in {none[0]} and {none[1]}", english);
        Assert.Equal(["D2", "D3", "D4", "D5", "D6", "D7", "D8", "D9"], majority.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Contains("every area whose form records Black residents was graded D", english);
        Assert.Contains($"registran residentes negros en {recorded.Count} de las {d} zonas D", spanish);
        Assert.DoesNotContain("Black neighborhoods", english);
        Assert.DoesNotContain("vecindarios negros", spanish);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task AtlasOutcomes_AreOfACohortMeasuredIn2014To15_NotOfChildrenToday(string lang)
    {
        var catalogue = TranslationCatalogueTests.Catalogue(lang);
        var collections = await _client.GetJson($"/collections?lang={lang}");
        var vintages = collections.GetProperty("collections").EnumerateArray()
            .SelectMany(c => c.GetProperty("sources").EnumerateArray())
            .Where(s => s.GetProperty("url").GetString() == "https://opportunityinsights.org/data/")
            .Where(s => s.GetProperty("name").GetString() != catalogue["data.source.social-capital-atlas.name"]) // the other Opportunity Insights atlas
            .Select(s => s.GetProperty("vintage").GetString()!).Distinct().ToList();

        // One vintage, said once (the files' vintages used to be joined: "…; children born 1978-83").
        var vintage = Assert.Single(vintages);
        Assert.Equal(2, vintage.Split("1978-83").Length);
        Assert.Contains("2014-15", vintage);
        Assert.DoesNotContain(";", vintage);
        // The report's description: children who grew up there, born 1978-83, as adults in 2014-15, not "today".
        Assert.Contains("1978-83", catalogue["report.description"]);
        Assert.Contains("2014-15", catalogue["report.description"]);
        Assert.DoesNotContain(lang == "en" ? "grow up on that land today" : "crecen hoy", catalogue["report.description"]);
        var licence = await _client.GetStringAsync("/downloads/zip-mobility.LICENSE.txt", TestContext.Current.CancellationToken);
        Assert.Single(licence.Split('\n'), l => l.Contains("children born 1978-83", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suppressed_IsNotExplainedAsTooFewChildren_WhereTheFilesSayOtherwise()
    {
        var ranks = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kir_ranks.csv"))
            .Select(l => l.Split(',')).Where(p => p[0] == "37" && p[1] == "119")
            .ToDictionary(p => "37119" + p[2].PadLeft(6, '0'), p => (Rank: p[4], Children: p[6]));
        var incomes = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kfr_rP_gP_p25.csv"))
            .Where(l => l.StartsWith("37119", StringComparison.Ordinal)).ToDictionary(l => l[..11], l => l[(l.LastIndexOf(',') + 1)..]);
        // Blank although many children (37119005915: 217), and blank income with a published rank (37119000300, 5 children).
        var manyChildren = incomes.Where(i => i.Value.Length == 0 && ranks.TryGetValue(i.Key, out var r) && r.Children.Length > 0
            && double.Parse(r.Children, CultureInfo.InvariantCulture) >= 100).Select(i => i.Key).ToList();
        var rankWithoutIncome = incomes.Where(i => i.Value.Length == 0 && ranks.TryGetValue(i.Key, out var r) && r.Rank.Length > 0).Select(i => i.Key).ToList();
        var tracts = await _client.GetJson("/collections/tract-mobility/queryables", "application/schema+json");
        var description = tracts.GetProperty("properties").GetProperty("suppressed").GetProperty("description").GetString()!;
        var fewChildren = await _client.GetGeoJson("/collections/tract-mobility/items/37119000300");

        Assert.Contains("37119005915", manyChildren);
        Assert.Contains("37119000300", rankWithoutIncome);
        Assert.DoesNotContain("too few", description);
        Assert.Contains("kir_rank_p25", description);
        Assert.True(fewChildren.GetProperty("properties").GetProperty("too_few_children").GetBoolean());
        Assert.True(fewChildren.GetProperty("properties").GetProperty("suppressed").GetBoolean());
        foreach (var lang in new[] { "en", "es" })
        {
            var collection = await _client.GetJson($"/collections/tract-mobility?lang={lang}");
            Assert.DoesNotContain(lang == "en" ? "too few children to publish" : "demasiado pocos niños para publicarlo", collection.GetProperty("description").GetString());
        }
    }

    [Theory]
    [InlineData("en", "adults", "16-64")]
    [InlineData("es", "adultos", "16 a 64")]
    public async Task EmploymentRate_IsOfPeopleAged16To64_AsTheSourceDefinesIt(string lang, string wrong, string right)
    {
        var point = await ResidentData.InteriorPoint(_client, "redlining-1935", "D8");
        var card = await _client.GetJson(ResidentData.CardUrl(point, $"&lang={lang}"));
        var employment = card.GetProperty("neighborhood").GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "employment_rate");
        var income = card.GetProperty("neighborhood").GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "household_income");

        Assert.DoesNotContain(wrong, employment.GetProperty("display").GetString());
        Assert.Contains(right, employment.GetProperty("display").GetString());
        Assert.Equal(income.GetProperty("year").GetInt64() - 4, income.GetProperty("firstYear").GetInt64());
        Assert.Equal($"{income.GetProperty("year").GetInt64() - 4}-{income.GetProperty("year").GetInt64()}", income.GetProperty("years").GetString());
    }

    [Fact]
    public void Docs_StateTheCountsTheDataHas()
    {
        var national = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Geodata, "holc/national_2019.geojson")))!["features"]!.AsArray()
            .Select(f => f!["properties"]!).Select(p => (City: $"{p["city"]}, {p["state"]}", Id: (string?)p["holc_id"])).ToList();
        var repeatReal = national.Where(a => !string.IsNullOrEmpty(a.Id)).GroupBy(a => a.City).Count(g => g.Count() != g.Select(a => a.Id).Distinct().Count());
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "data.md"));

        Assert.Equal(3, repeatReal);
        Assert.Contains($"{repeatReal} cities repeat a real one", docs);
        Assert.DoesNotContain("17 cities repeat", docs);
        Assert.DoesNotContain("grow up today", docs);
        Assert.DoesNotContain("Only 8-24 tracts overlap each grade", docs);
        Assert.DoesNotContain("too few children); it stays", docs);
    }
}
