using NetTopologySuite.Operation.Union;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// GET /api/report/holc-vs-today, its numbers recomputed here from the layers as the API serves them, with NTS
/// directly (the method of docs/data.md, written again), not with the service's analysis code.
/// </summary>
public sealed class HolcReportTests(RealDataApp app)
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private static readonly IProjection Feet = Projections.NorthCarolinaFeet;
    private const double SquareMetresPerSquareFoot = 0.3048006096012192 * 0.3048006096012192;

    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Report_GradesAndUngraded_AgreeWithAnIndependentComputation()
    {
        var report = await _client.GetJson("/api/report/holc-vs-today");
        var holc = await Features("redlining-1935");
        var tracts = await Features("tract-mobility");
        var resources = await Features("resources");
        var npas = await Features("neighborhoods");
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("grade").GetString()!);

        Geometry earlier = Feet.Project(holc[0].Geometry).Factory.CreatePolygon();
        foreach (var grade in new[] { "A", "B", "C", "D" })
        {
            var areas = holc.Where(f => f.Properties.GetProperty("grade").GetString() == grade).ToList();
            var union = UnaryUnionOp.Union(areas.Select(a => Feet.Project(a.Geometry)).ToList());
            var land = union.Difference(earlier);
            earlier = earlier.Union(union);
            var row = rows[grade];

            Assert.Equal(areas.Count, row.GetProperty("holcAreas").GetInt32());
            Assert.Equal(land.Area * SquareMetresPerSquareFoot / 1e6, row.GetProperty("area").GetProperty("squareKilometres").GetDouble(), 1e-6);
            var (income, blended) = Blend(land, tracts);
            Assert.Equal(income, row.GetProperty("mobility").GetProperty("household_income_p25").GetDouble(), 1e-6);
            Assert.Equal(blended, row.GetProperty("mobility").GetProperty("tractsBlended").GetInt32());
            var inside = resources.Count(r => land.Intersects(Feet.Project(r.Geometry)));
            Assert.Equal(inside, row.GetProperty("resources").GetProperty("total").GetInt32());
        }

        var county = UnaryUnionOp.Union(npas.Select(n => Feet.Project(n.Geometry)).ToList());
        var ungraded = county.Difference(earlier);
        var baseline = rows["ungraded"];
        Assert.Equal(ungraded.Area * SquareMetresPerSquareFoot / 1e6, baseline.GetProperty("area").GetProperty("squareKilometres").GetDouble(), 1e-3);
        Assert.Equal(Blend(ungraded, tracts).Income, baseline.GetProperty("mobility").GetProperty("household_income_p25").GetDouble(), 0.01);
    }

    [Fact]
    public async Task Report_TheFinding_GradeALandHasHigherMobilityThanGradeD()
    {
        var rows = (await _client.GetJson("/api/report/holc-vs-today")).GetProperty("rows");
        double Income(int i) => rows[i].GetProperty("mobility").GetProperty("household_income_p25").GetDouble();

        Assert.Equal(["A", "B", "C", "D", "ungraded"], rows.EnumerateArray().Select(r => r.GetProperty("grade").GetString()));
        Assert.True(Income(0) > Income(3), $"A {Income(0)} vs D {Income(3)}");
        Assert.Equal(34, rows.EnumerateArray().Sum(r => r.GetProperty("holcAreas").GetInt32()));
    }

    [Fact]
    public async Task Report_AsCsv_HasAHeaderAndARowPerGrade()
    {
        var (_, lines) = await _client.GetCsv("/api/report/holc-vs-today?f=csv");
        var json = await _client.GetJson("/api/report/holc-vs-today");

        Assert.Equal(7, lines.Length);
        Assert.Equal("county", lines[6].Split(',')[0]);
        var header = lines[0].Split(',');
        var d = lines[4].Split(',');
        Assert.Equal(header.Length, d.Length);
        Assert.Equal("D", d[0]);
        Assert.Equal(json.GetProperty("rows")[3].GetProperty("mobility").GetProperty("household_income_p25").GetDouble(),
            double.Parse(d[Array.IndexOf(header, "household_income_p25")], CultureInfo.InvariantCulture));
    }

    // The ZIP method: weight = share of the tract inside × its children; slivers under 1% of a tract left out.
    private static (double Income, int Blended) Blend(Geometry land, IReadOnlyList<(Geometry Geometry, JsonElement Properties)> tracts)
    {
        double sum = 0, weights = 0;
        var blended = 0;
        foreach (var (geometry, properties) in tracts)
        {
            var tract = Feet.Project(geometry);
            if (!tract.Intersects(land) || properties.GetProperty("kid_pooled_n").ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            var share = tract.Intersection(land).Area / tract.Area;
            var income = properties.GetProperty("household_income_p25");
            if (share < 0.01 || income.ValueKind != JsonValueKind.Number)
            {
                continue;
            }

            var weight = share * properties.GetProperty("kid_pooled_n").GetDouble();
            sum += weight * income.GetDouble();
            weights += weight;
            blended++;
        }

        return (sum / weights, blended);
    }

    private async Task<List<(Geometry Geometry, JsonElement Properties)>> Features(string collection)
    {
        var items = await _client.GetGeoJson($"/collections/{collection}/items?limit=10000");
        return [.. items.GetProperty("features").EnumerateArray().Select(f =>
            (f.GetProperty("geometry").Deserialize<Geometry>(GeoJson)!, f.GetProperty("properties").Clone()))];
    }
}
