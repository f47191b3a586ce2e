using OpportunityMap.Ingest.Extra;

namespace OpportunityMap.Ingest.Tests;

/// <summary>Extra collections: property types read from synthetic GeoJSON, or configured, and the geometry's name.</summary>
public sealed class ExtraLayerImporterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"om-extra-{Guid.NewGuid():N}.geojson");

    private const string Features = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},
           "properties":{"whole":3,"mixed":5,"written":889953.0,"day":"2022-04-16","at":"2022-04-16T12:13:19.1234567+02:00","label":"a"}},
          {"type":"Feature","geometry":{"type":"Point","coordinates":[3,4]},
           "properties":{"whole":-4,"mixed":0.5,"written":12.0,"day":null,"at":"2021-01-01T00:00:00Z","label":"b"}}
        ]}
        """;

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task Import_Unconfigured_InfersIntegersOnlyFromWholeNumbersWrittenWhole()
    {
        var layer = await Import(Features);

        Assert.Equal(PropertyType.Integer, layer.Metadata.FindProperty("whole")!.Type);
        Assert.Equal(PropertyType.Number, layer.Metadata.FindProperty("mixed")!.Type);
        Assert.Equal(PropertyType.Number, layer.Metadata.FindProperty("written")!.Type);
        Assert.Equal(PropertyType.String, layer.Metadata.FindProperty("day")!.Type);
        Assert.Equal(889953.0, layer.Features[0].Values[layer.Metadata.IndexOf("written")]);
        Assert.Equal(LayerMetadata.DefaultGeometryName, layer.Metadata.GeometryName);
    }

    [Fact]
    public async Task Import_ConfiguredTypes_HoldDaysAndUtcInstantsToTheMicrosecond()
    {
        var layer = await Import(Features, types: new() { ["day"] = PropertyType.Date, ["at"] = PropertyType.Timestamp, ["whole"] = PropertyType.Number }, geometryName: "geom");

        Assert.Equal("geom", layer.Metadata.GeometryName);
        Assert.Equal(PropertyType.Date, layer.Metadata.FindProperty("day")!.Type);
        Assert.Equal(new object?[] { new DateOnly(2022, 4, 16), null }, layer.Features.Select(f => f.Values[layer.Metadata.IndexOf("day")]));
        var at = (DateTimeOffset)layer.Features[0].Values[layer.Metadata.IndexOf("at")]!;
        Assert.Equal(new DateTimeOffset(2022, 4, 16, 10, 13, 19, TimeSpan.Zero).AddTicks(1_234_560), at);
        Assert.Equal(TimeSpan.Zero, at.Offset);
        Assert.Equal(3.0, layer.Features[0].Values[layer.Metadata.IndexOf("whole")]);
    }

    [Theory]
    [InlineData("label", PropertyType.Date, "feature 1: 'label' is \"a\", which does not fit its configured type Date")]
    [InlineData("day", PropertyType.Timestamp, "feature 1: 'day' is \"2022-04-16\", which does not fit its configured type Timestamp")]
    [InlineData("mixed", PropertyType.Integer, "feature 2: 'mixed' is 0.5, which does not fit its configured type Integer")]
    [InlineData("whole", PropertyType.String, "feature 1: 'whole' is 3, which does not fit its configured type String")]
    [InlineData("nosuch", PropertyType.String, "'nosuch' is configured")]
    public async Task Import_ValueNotOfTheConfiguredType_NamesFeatureAndProperty(string property, PropertyType type, string problem)
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => Import(Features, types: new() { [property] = type }));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GeometryNamedLikeAProperty_IsRefused() =>
        Assert.Contains("the geometry name 'label'", (await Assert.ThrowsAsync<ImportException>(() => Import(Features, geometryName: "label"))).Message, StringComparison.Ordinal);

    [Fact]
    public void ParsePropertyTypes_KnowsEveryTypeByName_AndRefusesOthers()
    {
        var types = ExtraCollection.ParsePropertyTypes("c", new Dictionary<string, string> { ["a"] = "date", ["b"] = "Timestamp", ["c"] = "NUMBER" });

        Assert.Equal([PropertyType.Date, PropertyType.Timestamp, PropertyType.Number], types.Values);
        foreach (var bad in new[] { "DateTime", "6", "" })
        {
            var error = Assert.Throws<ImportException>(() => ExtraCollection.ParsePropertyTypes("c", new Dictionary<string, string> { ["a"] = bad }));
            Assert.Contains($"property 'a' has the type '{bad}'", error.Message, StringComparison.Ordinal);
        }
    }

    private async Task<LayerData> Import(string geoJson, Dictionary<string, PropertyType>? types = null, string geometryName = LayerMetadata.DefaultGeometryName)
    {
        await File.WriteAllTextAsync(_path, geoJson, TestContext.Current.CancellationToken);
        var collection = new ExtraCollection("extra", _path, "Extra", "", null, [], new LayerSource("test", "", "", "", "", ""))
        {
            PropertyTypes = types ?? [],
            GeometryName = geometryName,
        };
        return (await ExtraLayerImporter.ImportAsync(collection, TestContext.Current.CancellationToken)).Layers.Single();
    }
}
