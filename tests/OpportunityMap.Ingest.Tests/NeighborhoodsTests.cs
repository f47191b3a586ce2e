using static OpportunityMap.Ingest.Tests.RealDataImportTests;

namespace OpportunityMap.Ingest.Tests;

/// <summary>The <c>neighborhoods</c> layer and the HOLC grade shares of every area layer, on the real data.</summary>
public sealed class NeighborhoodsTests
{
    private static readonly string[] PercentMetrics =
    [
        "grocery_proximity", "pharmacy_proximity", "low_cost_health_care_proximity", "early_care_proximity", "school_age_care_proximity",
        "public_transportation_proximity", "outdoor_recreation_proximity", "financial_services_proximity", "library_card_holders", "employment_rate",
    ];

    private static readonly string[] GradeShareNames = ["holc_a_share", "holc_b_share", "holc_c_share", "holc_d_share", "holc_ungraded_share"];

    private static IEnumerable<double> Values(LayerData layer, string property) =>
        layer.Features.Select(f => f.Values[layer.Metadata.IndexOf(property)]).OfType<double>();

    [Fact]
    public async Task Neighborhoods_Are462ProfileAreas_AsMultiPolygons()
    {
        var layer = await Layer("neighborhoods");

        Assert.Equal(462, layer.Features.Count);
        Assert.All(layer.Features, f => Assert.Equal("MultiPolygon", f.Geometry.GeometryType));
        Assert.All(layer.Features, f => Assert.Equal(f.Id, Value(layer, f.Id, "npa_id")));
    }

    [Fact]
    public async Task PercentMetrics_Are0To100_AndSaySoInTheirDescription()
    {
        var layer = await Layer("neighborhoods");

        foreach (var name in PercentMetrics)
        {
            var values = Values(layer, name).ToList();
            Assert.True(values.Count >= 455, $"{name}: {values.Count} values");
            Assert.All(values, v => Assert.InRange(v, 0, 100 + 1e-9));
            Assert.True(values.Max() > 1, $"{name} looks like a 0-1 share, not percent");
            Assert.Contains("percent, 0-100", layer.Metadata.Properties[layer.Metadata.IndexOf(name)].Description);
        }
    }

    [Fact]
    public async Task IncomeAndJobDensity_AreInPlausibleRanges()
    {
        var layer = await Layer("neighborhoods");

        Assert.All(Values(layer, "household_income"), v => Assert.InRange(v, 5_000, 300_000));
        Assert.All(Values(layer, "job_density"), v => Assert.InRange(v, 0, 500));
        Assert.Contains("dollars", layer.Metadata.Properties[layer.Metadata.IndexOf("household_income")].Description);
        Assert.Contains("jobs per acre", layer.Metadata.Properties[layer.Metadata.IndexOf("job_density")].Description);
    }

    [Fact]
    public async Task Metrics_TakeTitleAndYearFromTheSourceFiles()
    {
        var layer = await Layer("neighborhoods");
        var grocery = layer.Metadata.Properties[layer.Metadata.IndexOf("grocery_proximity")];

        Assert.Equal("Proximity to a Grocery Store", grocery.Title);
        Assert.StartsWith("Number of housing units within ½-mile of a chain grocery story divided by the number of housing units (percent, 0-100; 2021).", grocery.Description);
        Assert.Equal("Employment", layer.Metadata.Properties[layer.Metadata.IndexOf("employment_rate")].Title);
        Assert.Equal(2021L, Value(layer, "3", "grocery_proximity_year"));
        Assert.Equal(2017L, Value(layer, "3", "job_density_year"));
    }

    [Fact]
    public async Task AcsMetrics_SayWhoIsCountedAndTheirFiveYears_AsTheSourceNotesDo()
    {
        var layer = await Layer("neighborhoods");
        string Description(string name) => layer.Metadata.Properties[layer.Metadata.IndexOf(name)].Description;
        var employmentNotes = File.ReadAllText(Path.Combine(TestPaths.Geodata, "neighborhoods/qol_meta/m38.md"));
        var incomeYear = long.Parse(File.ReadLines(Path.Combine(TestPaths.Geodata, "neighborhoods/qol_metric/r37.csv")).First().Split(',')[^1][2..]);

        // The note defines employment over ages 16 to 64 (the config's subtitle says "adults"): the description says so.
        Assert.Contains("ages 16 to 64", employmentNotes);
        Assert.Contains("ages 16 to 64 in the civilian labor force", Description("employment_rate"));
        Assert.DoesNotContain("adults", Description("employment_rate"));
        // The household income of "2019" is the ACS 2015-2019 five-year estimate.
        Assert.Contains($"five-year estimate, {incomeYear - 4}-{incomeYear}", Description("household_income"));
        Assert.Equal(incomeYear - 4, Value(layer, "3", "household_income_first_year"));
        Assert.Equal(incomeYear, Value(layer, "3", "household_income_year"));
    }

    [Fact]
    public async Task HouseholdIncome_TopCodedNeighborhoods_AreCountedFromTheRawFiles()
    {
        var layer = await Layer("neighborhoods");
        var r = Column("r37.csv");
        var d = Column("d37.csv");
        var topCoded = r.Count(p => p.Value is { } n && d.GetValueOrDefault(p.Key) is { } dn && dn > 0 && n / dn >= 250_000);

        Assert.Equal(3, topCoded);
        Assert.Contains($"{topCoded} neighborhoods sit at $250,000, the survey's top-code", layer.Metadata.Properties[layer.Metadata.IndexOf("household_income")].Description);
    }

    [Fact]
    public async Task MarginsOfError_DenominatorsAndLand_AreTheSourceFiles()
    {
        var layer = await Layer("neighborhoods");
        var moe = Column("m37-accuracy.csv");
        var acres = Column("d5.csv");

        Assert.Equal(moe["4"], (double?)Value(layer, "4", "household_income_moe"));
        Assert.Null(Value(layer, "2", "household_income_moe"));
        Assert.Equal(Column("d37.csv")["3"], (double?)Value(layer, "3", "household_income_denominator"));
        Assert.Equal(acres["3"]!.Value * 0.0040468564224, (double)Value(layer, "3", "land_square_kilometres")!, 1e-9);
        // The source's own acreage: about 1,355.6 km² of land (the polygons, lakes included, cover about 1,413.5).
        Assert.Equal(acres.Values.Sum()!.Value * 0.0040468564224, layer.Features.Sum(f => (double?)Value(layer, f.Id, "land_square_kilometres") ?? 0), 1e-6);
        Assert.InRange(acres.Values.Sum()!.Value * 0.0040468564224, 1_355, 1_356);
    }

    // The latest year's column of qol_metric/{file}, by NPA id (null for blank).
    private static Dictionary<string, double?> Column(string file)
    {
        var lines = File.ReadLines(Path.Combine(TestPaths.Geodata, "neighborhoods/qol_metric", file)).ToList();
        return lines.Skip(1).Select(l => l.Split(',')).ToDictionary(p => p[0], p => p[^1].Length == 0 ? (double?)null : double.Parse(p[^1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task GroceryProximity_OfNpa3_IsRecomputedFromTheRawFiles()
    {
        var layer = await Layer("neighborhoods");
        var r = LatestYear("r45.csv", "3");
        var d = LatestYear("d45.csv", "3");

        Assert.Equal(r / d, (double)Value(layer, "3", "grocery_proximity")!, 1e-12);
        Assert.InRange(r / d, 80, 90);
    }

    [Fact]
    public async Task GradeShares_SumTo1_ForEveryZipTractAndNeighborhood()
    {
        foreach (var id in new[] { "zip-mobility", "tract-mobility", "neighborhoods" })
        {
            var layer = await Layer(id);
            Assert.Equal(GradeShareNames, layer.Metadata.Properties.TakeLast(5).Select(p => p.Name));
            Assert.All(layer.Features, f =>
            {
                var shares = GradeShareNames.Select(n => (double)f.Values[layer.Metadata.IndexOf(n)]!).ToList();
                Assert.All(shares, s => Assert.InRange(s, 0, 1 + 1e-12));
                Assert.True(Math.Abs(shares.Sum() - 1) <= 1e-9, $"{id}/{f.Id}: {string.Join(", ", shares)}");
            });
        }
    }

    [Fact]
    public async Task Zip28277_HasNoHolcArea_AndIsWhollyUngraded()
    {
        var layer = await Layer("zip-mobility");

        Assert.Equal(1.0, (double)Value(layer, "28277", "holc_ungraded_share")!);
    }

    [Theory]
    [InlineData("28202")]
    [InlineData("28203")]
    [InlineData("28204")]
    [InlineData("28205")]
    [InlineData("28206")]
    [InlineData("28207")]
    [InlineData("28208")]
    public async Task ZipsAroundUptown_HaveGradedLand(string zip)
    {
        var layer = await Layer("zip-mobility");

        Assert.True((double)Value(layer, zip, "holc_ungraded_share")! < 0.99, zip);
    }

    [Fact]
    public async Task GradedLand_AddsUpToTheHolcMapAcrossTracts()
    {
        // The tracts tile the county, so their graded land (share × area) adds up to the HOLC map's area, give or take
        // the simplified tract edges.
        var tracts = await Layer("tract-mobility");
        var holc = await Layer("redlining-1935");
        var projection = Core.Spatial.Projections.NorthCarolinaFeet;
        var holcArea = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(holc.Features.Select(f => projection.Project(f.Geometry)).ToList()).Area;

        var graded = tracts.Features.Sum(f => (1 - (double)f.Values[tracts.Metadata.IndexOf("holc_ungraded_share")]!) * projection.Project(f.Geometry).Area);

        Assert.InRange(graded / holcArea, 0.97, 1.03);
    }

    private static double LatestYear(string file, string npa)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Geodata, "neighborhoods/qol_metric", file));
        var row = lines.Single(l => l.StartsWith(npa + ",", StringComparison.Ordinal)).Split(',');
        Assert.StartsWith("y_2021", lines[0].Split(',')[^1]);
        return double.Parse(row[^1], CultureInfo.InvariantCulture);
    }
}
