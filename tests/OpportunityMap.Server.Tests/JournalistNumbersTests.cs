using NetTopologySuite.Operation.Union;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 14, statements 5, 6, 8, 10 and 12 and the report's robustness, each recomputed here from the raw files or the
/// layers with NTS directly (not the service's analysis code), and every CSV's provenance.
/// </summary>
public sealed class JournalistNumbersTests(RealDataApp app)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private static readonly IProjection Feet = Projections.NorthCarolinaFeet;
    private const double SquareKilometresPerAcre = 0.0040468564224;

    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Report_NeighborhoodMetrics_AreCombinedAsTheSourceSays_NumeratorsOverDenominators()
    {
        // D's land, and each NPA's share inside it; household income = Σ share × r37 / Σ share × d37 (r37 = median × households).
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var holc = await Features("redlining-1935");
        var npas = await Features("neighborhoods");
        var d = UnaryUnionOp.Union(holc.Where(h => h.Properties.GetProperty("grade").GetString() == "D").Select(h => Feet.Project(h.Geometry)).ToList());
        var r37 = RawColumn("r37.csv");
        var d37 = RawColumn("d37.csv");
        double numerator = 0, denominator = 0;
        foreach (var (geometry, properties) in npas)
        {
            var npa = Feet.Project(geometry);
            var id = properties.GetProperty("npa_id").GetString()!;
            if (!npa.Intersects(d) || !r37.TryGetValue(id, out var r) || !d37.TryGetValue(id, out var households) || households == 0)
            {
                continue;
            }

            var inside = npa.Intersection(d).Area / npa.Area;
            numerator += inside * r;
            denominator += inside * households;
        }

        var served = report.GetProperty("rows")[3].GetProperty("neighborhoods").GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("name").GetString() == "household_income").GetProperty("value").GetDouble();
        Assert.Equal(numerator / denominator, served, numerator / denominator * 1e-6);
        Assert.InRange(served, 66_000, 66_500); // about $66,259 (the area-weighted mean of medians said $55,944)
    }

    [Fact]
    public async Task Report_Land_ExcludesLakes_AsTheSourcesAcreage_AndDensitiesAreOnLand()
    {
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var acres = RawColumn("d5.csv").Values.Sum() * SquareKilometresPerAcre;
        var county = report.GetProperty("county");
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        double Land(JsonElement row) => row.GetProperty("area").GetProperty("landSquareKilometres").GetDouble();

        Assert.Equal(acres, Land(county), 1e-6);
        Assert.True(county.GetProperty("area").GetProperty("squareKilometres").GetDouble() - acres > 50, "the NPA polygons hold about 58 km² of lakes");
        Assert.Equal(Land(county), rows.Sum(Land), 0.01);
        foreach (var row in rows)
        {
            var resources = row.GetProperty("resources");
            Assert.Equal(resources.GetProperty("total").GetInt32() / Land(row), resources.GetProperty("perSquareKilometre").GetDouble(), 1e-6);
        }
    }

    [Fact]
    public async Task Report_Robustness_IsComputed_AndCAndDSwapAtA25PercentThreshold()
    {
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var holc = await Features("redlining-1935");
        var tracts = await Features("tract-mobility");
        Geometry Land(string grade) => UnaryUnionOp.Union(holc.Where(h => h.Properties.GetProperty("grade").GetString() == grade).Select(h => Feet.Project(h.Geometry)).ToList());
        var (c, d) = (Land("C"), Land("D"));
        var robustness = report.GetProperty("robustness");
        var at25 = robustness.GetProperty("thresholds").EnumerateArray().Single(t => t.GetProperty("minimumShare").GetDouble() == 0.25).GetProperty("household_income_p25");

        Assert.Equal(Blend(c, tracts, 0.25), at25.GetProperty("C").GetDouble(), 1e-6);
        Assert.Equal(Blend(d, tracts, 0.25), at25.GetProperty("D").GetDouble(), 1e-6);
        Assert.True(Blend(c, tracts, 0.01) > Blend(d, tracts, 0.01) && Blend(c, tracts, 0.25) < Blend(d, tracts, 0.25), "C above D as published, below at 25%");
        var order = robustness.GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("lower").GetString() == "D");
        Assert.Equal("C", order.GetProperty("higher").GetString());
        Assert.Contains(0.25, order.GetProperty("flipsAtThresholds").EnumerateArray().Select(t => t.GetDouble()));
        Assert.Contains(robustness.GetProperty("findings").EnumerateArray(), f => f.GetString()!.StartsWith("C is above D as published, but not in", StringComparison.Ordinal)
            && f.GetString()!.Contains("25%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_LeaveOneTractOut_MovesAAsComputedHere()
    {
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var holc = await Features("redlining-1935");
        var tracts = await Features("tract-mobility");
        var a = UnaryUnionOp.Union(holc.Where(h => h.Properties.GetProperty("grade").GetString() == "A").Select(h => Feet.Project(h.Geometry)).ToList());
        var ids = tracts.Select(t => t.Properties.GetProperty("geoid").GetString()!).ToList();
        var without = ids.Select(id => Blend(a, [.. tracts.Where(t => t.Properties.GetProperty("geoid").GetString() != id)], 0.01)).Distinct().ToList();
        var served = report.GetProperty("robustness").GetProperty("leaveOneOut")[0];

        Assert.Equal("A", served.GetProperty("grade").GetString());
        Assert.Equal(without.Min(), served.GetProperty("lowest").GetDouble(), 1e-6);
        Assert.Equal(without.Max(), served.GetProperty("highest").GetDouble(), 1e-6);
        Assert.InRange(served.GetProperty("largestWeightShare").GetDouble(), 0.3, 0.45); // about 38% on one tract
    }

    [Fact]
    public async Task Report_NamesThePlacesWithNoChildrenInTheData_Brooklyn()
    {
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var spanish = await _client.GetJson("/api/report/holc-vs-today?lang=es");
        var tract = (await _client.GetGeoJson("/collections/tract-mobility/items/37119980300")).GetProperty("properties");

        Assert.Equal(JsonValueKind.Null, tract.GetProperty("kid_pooled_n").ValueKind);
        var brooklyn = report.GetProperty("robustness").GetProperty("uncounted").EnumerateArray().Single(u => u.GetProperty("geoid").GetString() == "37119980300");
        Assert.Equal("D", brooklyn.GetProperty("grade").GetString());
        Assert.Equal(tract.GetProperty("holc_d_share").GetDouble(), brooklyn.GetProperty("share").GetDouble(), 0.01);
        Assert.Contains(report.GetProperty("robustness").GetProperty("findings").EnumerateArray(), f => f.GetString()!.Contains("Tract 37119980300 (Second Ward", StringComparison.Ordinal)
            && f.GetString()!.Contains("no children", StringComparison.Ordinal));
        Assert.Contains(spanish.GetProperty("robustness").GetProperty("findings").EnumerateArray(), f => f.GetString()!.Contains("El sector 37119980300", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_Children_CountOnlyTractsWithAValue_AndEveryGradeSaysWhetherTooFew()
    {
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var tracts = await Features("tract-mobility");
        var byId = tracts.ToDictionary(t => t.Properties.GetProperty("geoid").GetString()!, t => t.Properties);
        foreach (var row in report.GetProperty("rows").EnumerateArray())
        {
            var mobility = row.GetProperty("mobility");
            var expected = mobility.GetProperty("tracts").EnumerateArray()
                .Where(t => byId[t.GetProperty("geoid").GetString()!].GetProperty("household_income_p25").ValueKind == JsonValueKind.Number)
                .Sum(t => t.GetProperty("weight").GetDouble());
            Assert.Equal(expected, mobility.GetProperty("children").GetDouble(), 1e-6);
            Assert.Equal(expected < 100, mobility.GetProperty("tooFewChildren").GetBoolean());
        }
    }

    public static TheoryData<string> CsvUrls =>
    [
        "/downloads/zip-mobility.csv", "/downloads/tract-mobility.csv", "/downloads/redlining-1935.csv", "/downloads/neighborhoods.csv",
        "/downloads/resources.csv", "/downloads/municipalities.csv", "/collections/zip-mobility/items?f=csv", "/collections/neighborhoods/items?f=csv",
        "/api/report/holc-vs-today?f=csv", "/api/summary?layer=zip-mobility&id=28208&f=csv", "/api/summary?layer=zip-mobility&id=28208&f=csv&lang=es",
    ];

    [Theory]
    [MemberData(nameof(CsvUrls))]
    public async Task EveryCsv_LinksItsLicence_WhichNamesEverySourceAndItsLicence(string url)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = response.Headers.GetValues("Link").SelectMany(v => v.Split(", <")).Where(l => l.Contains("rel=\"license\"", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = new Uri(link.TrimStart('<')[..link.TrimStart('<').IndexOf('>')]);
            var licence = await _client.GetStringAsync(target.PathAndQuery, TestContext.Current.CancellationToken);
            var collection = await _client.GetJson("/collections/" + target.Segments[^1].Replace(".LICENSE.txt", "", StringComparison.Ordinal));
            foreach (var source in collection.GetProperty("sources").EnumerateArray())
            {
                Assert.Contains(source.GetProperty("licence").GetString()!, licence);
                Assert.Contains(source.GetProperty("attribution").GetString()!, licence);
                Assert.Contains(source.GetProperty("licence").GetString()!, link);
            }
        }
    }

    [Theory]
    [InlineData("/api/report/holc-vs-today?f=csv", "/api/report/holc-vs-today")]
    [InlineData("/api/summary?layer=zip-mobility&id=28208&f=csv", "/api/summary?layer=zip-mobility&id=28208")]
    public async Task AnalysisCsv_NamesSourcesYearsUnitsAndMethod_AndHasTheCountyRow(string csvUrl, string jsonUrl)
    {
        var csv = await _client.GetStringAsync(csvUrl, TestContext.Current.CancellationToken);
        var json = await _client.GetJson(jsonUrl);
        var comments = csv.Split("\r\n").TakeWhile(l => l.StartsWith('#')).ToList();
        var body = csv.Split("\r\n").SkipWhile(l => l.StartsWith('#')).ToList();

        foreach (var source in json.GetProperty("sources").EnumerateArray())
        {
            Assert.Contains(comments, c => c.Contains(source.GetProperty("name").GetString()!, StringComparison.Ordinal)
                && c.Contains(source.GetProperty("licence").GetString()!, StringComparison.Ordinal)
                && c.Contains(source.GetProperty("attribution").GetString()!, StringComparison.Ordinal)
                && c.Contains(source.GetProperty("vintage").GetString()!, StringComparison.Ordinal));
        }

        Assert.Contains(comments, c => c.StartsWith("#   household_income_p25: ", StringComparison.Ordinal) && c.Contains("2015 dollars", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.StartsWith("#   household_income: ", StringComparison.Ordinal) && c.Contains("2015-2019", StringComparison.Ordinal));
        Assert.Contains(comments, c => c.StartsWith("#   land_square_kilometres: ", StringComparison.Ordinal) && c.Contains("lakes excluded", StringComparison.Ordinal));
        var method = comments.Single(c => c.StartsWith("# Method: ", StringComparison.Ordinal))["# Method: ".Length..];
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(method).PathAndQuery, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains(body, l => l.StartsWith("county,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReportMethod_ResolvesToTheServedDocs_AtItsSection()
    {
        var method = new Uri((await _client.GetJson("/api/report/holc-vs-today")).GetProperty("method").GetString()!);
        var page = await _client.GetStringAsync(method.PathAndQuery, TestContext.Current.CancellationToken);
        var markdown = await _client.GetStringAsync("/docs/data.md", TestContext.Current.CancellationToken);

        Assert.Contains($"id=\"{method.Fragment.TrimStart('#')}\"", page);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepoRoot, "docs", "data.md"), TestContext.Current.CancellationToken), markdown);
        await _client.GetProblem("/docs/nothing-here", HttpStatusCode.NotFound);
    }

    // The ZIP method (share of the tract on the land × its children), with a given sliver threshold.
    private static double Blend(Geometry land, IReadOnlyList<(Geometry Geometry, JsonElement Properties)> tracts, double threshold)
    {
        double sum = 0, weights = 0;
        foreach (var (geometry, properties) in tracts)
        {
            var tract = Feet.Project(geometry);
            if (!tract.Intersects(land) || properties.GetProperty("kid_pooled_n").ValueKind != JsonValueKind.Number
                || properties.GetProperty("household_income_p25").ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            var share = tract.Intersection(land).Area / tract.Area;
            if (share >= threshold && share > 0)
            {
                var weight = share * properties.GetProperty("kid_pooled_n").GetDouble();
                sum += weight * properties.GetProperty("household_income_p25").GetDouble();
                weights += weight;
            }
        }

        return sum / weights;
    }

    // The latest year's column of neighborhoods/qol_metric/{file} by NPA id, blanks left out.
    private static Dictionary<string, double> RawColumn(string file) =>
        File.ReadLines(Path.Combine(TestPaths.Geodata, "neighborhoods/qol_metric", file)).Skip(1).Select(l => l.Split(','))
            .Where(p => p[^1].Length > 0 && p[^1] != "NA" && !p[^1].StartsWith('#'))
            .ToDictionary(p => p[0], p => double.Parse(p[^1], CultureInfo.InvariantCulture));

    private async Task<List<(Geometry Geometry, JsonElement Properties)>> Features(string collection)
    {
        var items = await _client.GetGeoJson($"/collections/{collection}/items?limit=10000");
        return [.. items.GetProperty("features").EnumerateArray().Select(f =>
            (f.GetProperty("geometry").Deserialize<Geometry>(GeoJson)!, f.GetProperty("properties").Clone()))];
    }
}
