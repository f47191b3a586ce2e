using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace OpportunityMap.Ingest.Tests;

/// <summary>
/// Issue 14's "done when", against the raw files: every ZIP's children behind its score, and its Black and white
/// children's income ranks, blended again here another way (the CSVs split by hand, the GeoJSON through NTS's reader,
/// each intersection taken in lon/lat and then projected) and compared with the importer's.
/// </summary>
public sealed class IndependentRaceBlendTests
{
    private static readonly Lazy<Task<Dictionary<string, Blend>>> Independent = new(ComputeAsync);
    private static readonly Lazy<Task<Dictionary<string, IReadOnlyDictionary<string, object?>>>> Imported = new(ImportAsync);

    [Theory]
    [InlineData("28120", 5, 20)]
    [InlineData("28075", 10, 25)]
    [InlineData("28208", 10_000, 12_000)]
    public async Task ZipChildren_AreThoseBehindTheScore(string zip, double atLeast, double atMost)
    {
        var imported = (double)(await Imported.Value)[zip]["children"]!;

        Assert.InRange(imported, atLeast, atMost);
        Assert.Equal((await Independent.Value)[zip].Children, imported, (await Independent.Value)[zip].Children * 0.01);
    }

    [Theory]
    [InlineData("kir_black_p25", "children_black")]
    [InlineData("kir_white_p25", "children_white")]
    public async Task ZipRanksByRace_MatchAnIndependentBlend_WhereAtLeast100ChildrenStandBehindThem(string rank, string children)
    {
        var independent = await Independent.Value;
        var checkedZips = 0;
        foreach (var (zip, properties) in await Imported.Value)
        {
            var (value, count) = rank == "kir_black_p25" ? independent[zip].Black : independent[zip].White;
            if (count < 100)
            {
                continue;
            }

            checkedZips++;
            Assert.Equal(count, (double)properties[children]!, count * 0.02);
            Assert.Equal(value, (double)properties[rank]!, value * 0.02);
        }

        Assert.True(checkedZips >= 25, $"only {checkedZips} ZIP codes have 100 children of the group");
    }

    private static async Task<Dictionary<string, IReadOnlyDictionary<string, object?>>> ImportAsync()
    {
        var imported = await new GeodataImporter(Projections.NorthCarolinaFeet) { IncludeNational = false }
            .ImportAsync(TestPaths.Geodata, ScratchSource.Manifest, CancellationToken.None);
        var layer = imported.Layers.Single(l => l.Metadata.Id == "zip-mobility");
        return layer.Features.ToDictionary(f => f.Id, f => (IReadOnlyDictionary<string, object?>)layer.Metadata.Properties
            .Select((p, i) => (p.Name, Value: f.Values[i])).ToDictionary(p => p.Name, p => p.Value));
    }

    private sealed record Blend(double Children, (double Value, double Children) Black, (double Value, double Children) White);

    private static Task<Dictionary<string, Blend>> ComputeAsync()
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        FeatureCollection Read(string path) =>
            JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(TestPaths.Geodata, path)), options)!;
        double? Number(string field) => field.Length == 0 ? null : double.Parse(field, CultureInfo.InvariantCulture);

        // The household income file says which tracts have a score; the ranks file has every rank and count.
        var income = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kfr_rP_gP_p25.csv"))
            .Where(l => l.StartsWith("37119", StringComparison.Ordinal) && l[(l.LastIndexOf(',') + 1)..].Length > 0)
            .Select(l => l[..11]).ToHashSet();
        var lines = File.ReadLines(Path.Combine(TestPaths.Geodata, "mobility/tract_kir_ranks.csv")).ToList();
        var header = lines[0].Split(',').ToList();
        var ranks = lines.Skip(1).Select(l => l.Split(',')).Where(p => p[0] == "37" && p[1] == "119")
            .ToDictionary(p => "37119" + p[header.IndexOf("tract")].PadLeft(6, '0'), p => p);

        var projection = Projections.NorthCarolinaFeet;
        var tracts = Read("boundaries/mecklenburg_tracts_2010.geojson")
            .Select(t => (Id: (string)t.Attributes["GEOID10"], t.Geometry, Area: projection.Project(t.Geometry).Area)).ToList();
        var result = new Dictionary<string, Blend>(StringComparer.Ordinal);
        foreach (var zip in Read("boundaries/mecklenburg_zipcodes.geojson"))
        {
            double children = 0;
            var sums = new double[4];
            foreach (var tract in tracts.Where(t => t.Geometry.Intersects(zip.Geometry) && ranks.ContainsKey(t.Id)))
            {
                var share = projection.Project(tract.Geometry.Intersection(zip.Geometry)).Area / tract.Area;
                if (share < 0.01)
                {
                    continue;
                }

                var row = ranks[tract.Id];
                if (income.Contains(tract.Id) && Number(row[header.IndexOf("kid_pooled_n")]) is { } pooled)
                {
                    children += share * pooled;
                }

                string[][] groups = [["kir_black_p25", "kid_black_n"], ["kir_white_p25", "kid_white_n"]];
                for (var g = 0; g < groups.Length; g++)
                {
                    if (Number(row[header.IndexOf(groups[g][0])]) is { } value && Number(row[header.IndexOf(groups[g][1])]) is { } n && n > 0)
                    {
                        sums[g * 2] += share * n * value;
                        sums[g * 2 + 1] += share * n;
                    }
                }
            }

            result[(string)zip.Attributes["zipcode"]] = new Blend(children, (sums[0] / sums[1], sums[1]), (sums[2] / sums[3], sums[3]));
        }

        return Task.FromResult(result);
    }
}
