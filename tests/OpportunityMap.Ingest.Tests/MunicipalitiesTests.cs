using static OpportunityMap.Ingest.Tests.RealDataImportTests;

namespace OpportunityMap.Ingest.Tests;

/// <summary>The municipalities layer against the county's file, read here independently of the importer.</summary>
public sealed class MunicipalitiesTests
{
    private static readonly string SourceFile = Path.Combine(TestPaths.Geodata, "boundaries", "mecklenburg_municipalities_2013.geojson");

    private static Dictionary<string, int> PiecesByName()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SourceFile));
        return document.RootElement.GetProperty("features").EnumerateArray()
            .GroupBy(f => f.GetProperty("properties").GetProperty("name").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    [Fact]
    public async Task Municipalities_OneFeaturePerNameInTheSource_DissolvedFromAllItsPieces()
    {
        var expected = PiecesByName();
        var layer = await Layer("municipalities");

        Assert.Equal(62, expected.Values.Sum());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), layer.Features.Select(f => f.Id));
        Assert.All(layer.Features, f => Assert.Equal((long)expected[f.Id], Value(layer, f.Id, "pieces")));
        Assert.All(layer.Features, f => Assert.Equal("MultiPolygon", f.Geometry.GeometryType));
        Assert.All(layer.Features, f => Assert.True(f.Geometry.IsValid, f.Id));
    }

    [Fact]
    public async Task Municipalities_OnlyMecklenburgIsUnincorporated()
    {
        var layer = await Layer("municipalities");

        Assert.Equal(["Mecklenburg"], layer.Features.Where(f => Equals(Value(layer, f.Id, "incorporated"), false)).Select(f => f.Id));
        Assert.Contains("Davidson", layer.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task Municipalities_Charlotte_KeepsTheAreaOfItsPieces()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SourceFile));
        var options = new JsonSerializerOptions { Converters = { new NetTopologySuite.IO.Converters.GeoJsonConverterFactory() } };
        var pieces = document.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("name").GetString() == "Charlotte")
            .Select(f => f.GetProperty("geometry").Deserialize<NetTopologySuite.Geometries.Geometry>(options)!)
            .ToList();
        var layer = await Layer("municipalities");
        var charlotte = layer.Features.Single(f => f.Id == "Charlotte").Geometry;

        var expected = pieces.Sum(p => Projections.NorthCarolinaFeet.Project(p).Area);
        var actual = Projections.NorthCarolinaFeet.Project(charlotte).Area;

        // Pieces of one town do not overlap, so the dissolve keeps the area (to the repair of slivers).
        Assert.Equal(expected, actual, expected * 0.001);
        Assert.Equal("Municipalities of Mecklenburg County (2013)", layer.Metadata.Title);
        Assert.Equal("MIT", Assert.Single(layer.Metadata.Sources).Licence);
    }
}
