using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace OpportunityMap.Ingest.Tests;

/// <summary>
/// One ZIP's score recomputed here another way (GeoJSON through NTS's feature reader, CSVs split by hand, the
/// intersection taken in lon/lat and then projected) and compared with the importer's.
/// </summary>
public sealed class IndependentScoreTests
{
    [Theory]
    [InlineData("28208")]
    [InlineData("28207")]
    [InlineData("28202")]
    public async Task ZipScore_RecomputedIndependently_Agrees(string zip)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        FeatureCollection Read(string path) =>
            JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(TestPaths.Geodata, path)), options)!;

        var zipShape = Read("boundaries/mecklenburg_zipcodes.geojson").Single(f => (string)f.Attributes["zipcode"] == zip).Geometry;
        var income = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kfr_rP_gP_p25.csv"))
            .Where(l => l.StartsWith("37119", StringComparison.Ordinal))
            .Select(l => (Tract: l[..11], Value: l[(l.LastIndexOf(',') + 1)..]))
            .Where(r => r.Value.Length > 0)
            .ToDictionary(r => r.Tract, r => double.Parse(r.Value, CultureInfo.InvariantCulture));
        var children = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kir_ranks.csv"))
            .Select(l => l.Split(','))
            .Where(p => p[0] == "37" && p[1] == "119" && p[6].Length > 0)
            .ToDictionary(p => "37119" + p[2].PadLeft(6, '0'), p => double.Parse(p[6], CultureInfo.InvariantCulture));

        double sum = 0, weight = 0;
        var projection = Projections.NorthCarolinaFeet;
        foreach (var tract in Read("boundaries/mecklenburg_tracts_2010.geojson"))
        {
            var id = (string)tract.Attributes["GEOID10"];
            if (!tract.Geometry.Intersects(zipShape) || !income.TryGetValue(id, out var value) || !children.TryGetValue(id, out var kids))
            {
                continue;
            }

            var share = projection.Project(tract.Geometry.Intersection(zipShape)).Area / projection.Project(tract.Geometry).Area;
            if (share >= 0.01)
            {
                sum += share * kids * value;
                weight += share * kids;
            }
        }

        var imported = await new GeodataImporter(projection).ImportAsync(TestPaths.Geodata, ScratchSource.Manifest, TestContext.Current.CancellationToken);
        var layer = imported.Layers.Single(l => l.Metadata.Id == "zip-mobility");
        var score = (double)layer.Features.Single(f => f.Id == zip).Values[layer.Metadata.IndexOf("household_income_p25")]!;

        Assert.Equal(sum / weight, score, 0.5);
    }
}
