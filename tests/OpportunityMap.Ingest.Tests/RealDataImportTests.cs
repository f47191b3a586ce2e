namespace OpportunityMap.Ingest.Tests;

/// <summary>The importer on the real reference data: the facts a user can check against the sources.</summary>
public sealed class RealDataImportTests
{
    internal static readonly Lazy<Task<ImportResult>> Imported = new(() =>
        new GeodataImporter(Projections.NorthCarolinaFeet).ImportAsync(TestPaths.Geodata, ScratchSource.Manifest, CancellationToken.None));

    internal static async Task<LayerData> Layer(string id) => (await Imported.Value).Layers.Single(l => l.Metadata.Id == id);

    internal static object? Value(LayerData layer, string featureId, string property) =>
        layer.Features.Single(f => f.Id == featureId).Values[layer.Metadata.IndexOf(property)];

    [Fact]
    public async Task Import_BuildsEveryLayerInCatalogueOrder()
    {
        var result = await Imported.Value;

        Assert.Equal(["redlining-1935", "zip-mobility", "tract-mobility", "resources", "neighborhoods", "municipalities", "zip-social-capital", "redlining-national"], result.Layers.Select(l => l.Metadata.Id));
    }

    [Fact]
    public async Task Import_ReportsTheSpreadsheetErrorsAndRepairedMunicipalityPieces_AndTheNationalHolcFilesRepairedGeometries()
    {
        var result = await Imported.Value;
        var charlotte = result.Warnings.Where(w => !w.StartsWith("holc/national_2019.geojson: ", StringComparison.Ordinal)).ToList();
        var national = result.Warnings.Except(charlotte).ToList();

        Assert.Equal(
        [
            "neighborhoods/qol_metric/d28.csv: NPA 62, y_2019: '#VALUE!' (a spreadsheet error in the source) read as blank",
            "neighborhoods/qol_metric/d28.csv: NPA 122, y_2019: '#VALUE!' (a spreadsheet error in the source) read as blank",
            "mobility/social_capital_zip.csv: no row for ZIP code 28223; its social capital measures are null",
            "boundaries/mecklenburg_municipalities_2013.geojson: feature 34: invalid geometry (Ring Self-intersection at (-80.825028, 35.369088)) repaired",
            "boundaries/mecklenburg_municipalities_2013.geojson: feature 49: invalid geometry (Ring Self-intersection at (-80.825028, 35.369088)) repaired",
        ], charlotte);
        // The national file has self-intersecting rings; each is repaired and reported, none is left out.
        Assert.Equal(24, national.Count);
        Assert.All(national, w => Assert.EndsWith("repaired", w));
    }

    [Fact]
    public async Task Redlining_Has34Areas_A3_B7_C13_D11()
    {
        var layer = await Layer("redlining-1935");
        var grades = layer.Features.GroupBy(f => (string)f.Values[layer.Metadata.IndexOf("grade")]!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(34, layer.Features.Count);
        Assert.Equal(new Dictionary<string, int> { ["A"] = 3, ["B"] = 7, ["C"] = 13, ["D"] = 11 }, grades);
        Assert.All(layer.Features, f => Assert.Equal("MultiPolygon", f.Geometry.GeometryType));
    }

    [Fact]
    public async Task Redlining_D8_KeepsTheHistoricalTextVerbatim()
    {
        var layer = await Layer("redlining-1935");

        Assert.Equal("Major portion of properties in this area all cheap grade of negro houses built for rental purposes.",
            Value(layer, "D8", "clarifying_remarks"));
        var form = (string)Value(layer, "D8", "area_description")!;
        Assert.StartsWith("{\"1\":\"Charlotte, N.C. D 8\",\"2\":\"Hilly\",", form);
        Assert.Equal(1935L, Value(layer, "D8", "map_year"));
    }

    [Fact]
    public async Task Zips_Are34_And28207ScoresHigherThan28208()
    {
        var layer = await Layer("zip-mobility");

        Assert.Equal(34, layer.Features.Count);
        var high = (double)Value(layer, "28207", "household_income_p25")!;
        var low = (double)Value(layer, "28208", "household_income_p25")!;
        Assert.True(high > low + 10_000, $"28207 {high}, 28208 {low}");
    }

    [Fact]
    public async Task ZipRanks_AreBands_AndLeaveOutZipsWithTooFewChildren()
    {
        var layer = await Layer("zip-mobility");
        var zips = layer.Features.Select(f => (Id: f.Id, Children: (double)Value(layer, f.Id, "children")!, Income: (double)Value(layer, f.Id, "household_income_p25")!,
            Rank: (long?)Value(layer, f.Id, "rank"), Lowest: (long?)Value(layer, f.Id, "rank_lowest"))).ToList();
        var ranked = zips.Where(z => z.Children >= 100).ToList();

        // Under 100 children: published, not ranked (28120 rests on about 10 children, 28075 on 16, 28223 on 67).
        Assert.All(zips.Where(z => z.Children < 100), z => Assert.Null(z.Rank));
        Assert.Contains("28120", zips.Where(z => z.Rank is null).Select(z => z.Id));
        Assert.All(ranked, z => Assert.InRange(z.Rank!.Value, 1, z.Lowest!.Value));
        Assert.Equal((long)ranked.Count, Value(layer, "28208", "zip_count"));
        // A band: 1 + the ZIPs at least $1,000 higher, to the number not at least $1,000 lower.
        Assert.All(ranked, z => Assert.Equal((1 + ranked.Count(o => o.Income >= z.Income + 1_000), ranked.Count(o => !(o.Income <= z.Income - 1_000))),
            (z.Rank!.Value, z.Lowest!.Value)));
        // 28203 and 28216 are $9 apart: the same band.
        var (a, b) = (zips.Single(z => z.Id == "28203"), zips.Single(z => z.Id == "28216"));
        Assert.True(Math.Abs(a.Income - b.Income) < 100);
        Assert.Equal((a.Rank, a.Lowest), (b.Rank, b.Lowest));
    }

    [Fact]
    public async Task Zips_CarryTheCountyValueForContext()
    {
        var layer = await Layer("zip-mobility");
        var county = layer.Features.Select(f => (double)f.Values[layer.Metadata.IndexOf("county_household_income_p25")]!).Distinct().Single();
        var scores = layer.Features.Select(f => (double)f.Values[layer.Metadata.IndexOf("household_income_p25")]!).ToList();

        Assert.InRange(county, scores.Min(), scores.Max());
    }

    [Fact]
    public async Task Tracts_Are233_With228HouseholdIncomeValues()
    {
        var layer = await Layer("tract-mobility");
        var income = layer.Metadata.IndexOf("household_income_p25");

        Assert.Equal(233, layer.Features.Count);
        Assert.Equal(228, layer.Features.Count(f => f.Values[income] is not null));
        Assert.All(layer.Features, f => Assert.Equal(f.Values[income] is null, f.Values[layer.Metadata.IndexOf("suppressed")]));
        Assert.Equal(15520.0, layer.Features.Min(f => (double?)f.Values[income]));
        Assert.Equal(72839.0, layer.Features.Max(f => (double?)f.Values[income]));
    }

    [Fact]
    public async Task Resources_HaveEveryCategoryWithItsCount()
    {
        var layer = await Layer("resources");
        var counts = layer.Features.GroupBy(f => (string)f.Values[0]!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<string, int>
        {
            ["school"] = 46, ["library"] = 24, ["park"] = 190, ["hospital"] = 7, ["college"] = 26, ["fire_station"] = 60, ["police_station"] = 15,
        }, counts);
        Assert.Equal("1300 SPRUCE ST", Value(layer, "park-001", "address"));
        Assert.Equal("resources/parks.geojson", Value(layer, "park-001", "source_file"));
    }

    [Fact]
    public async Task EveryLayer_NamesItsSourcesLicencesAndAttribution()
    {
        foreach (var layer in (await Imported.Value).Layers)
        {
            Assert.NotEmpty(layer.Metadata.Sources);
            Assert.All(layer.Metadata.Sources, s =>
            {
                Assert.False(string.IsNullOrWhiteSpace(s.Licence));
                Assert.StartsWith("https://", s.LicenceUrl);
                Assert.False(string.IsNullOrWhiteSpace(s.Attribution));
                Assert.False(string.IsNullOrWhiteSpace(s.Vintage));
            });
        }
    }

    [Fact]
    public async Task Features_AreSortedById_AndGeometriesAreValidLonLat()
    {
        foreach (var layer in (await Imported.Value).Layers)
        {
            Assert.Equal(layer.Features.Select(f => f.Id).Order(StringComparer.Ordinal), layer.Features.Select(f => f.Id));
            Assert.All(layer.Features, f =>
            {
                Assert.True(f.Geometry.IsValid, $"{layer.Metadata.Id}/{f.Id}");
                Assert.Equal(4326, f.Geometry.SRID);
                // Mecklenburg County, or for every HOLC city the conterminous United States.
                var (west, east, south, north) = layer.Metadata.Id == "redlining-national" ? (-125.0, -66.0, 24.0, 50.0) : (-81.2, -80.4, 34.9, 35.6);
                Assert.InRange(f.Geometry.EnvelopeInternal.MinX, west, east);
                Assert.InRange(f.Geometry.EnvelopeInternal.MinY, south, north);
            });
        }
    }
}
