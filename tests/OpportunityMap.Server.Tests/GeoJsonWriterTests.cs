using System.Buffers;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Tests;

public sealed class GeoJsonWriterTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly LayerMetadata Layer = new("l", "L", "", "Point", [],
        [new PropertyDefinition("name", PropertyType.String, "Name"), new PropertyDefinition("form", PropertyType.Json, "Form"), new PropertyDefinition("n", PropertyType.Number, "N")],
        new Envelope(0, 1, 0, 1));

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void CachedFeature_IsByteForByteTheDirectEncoding()
    {
        var feature = new LayerFeature("a", Factory.CreatePoint(new Coordinate(-80.8431234567891, 35.2271)), ["<b>x</b>", """{"2":"Hilly","1":"D 8"}""", 0.1 + 0.2]);

        var direct = Write(w => GeoJsonWriter.WriteFeature(w, Layer, feature, links: null));
        var first = Write(w => GeoJsonWriter.WriteCachedFeature(w, Layer, feature));
        var second = Write(w => GeoJsonWriter.WriteCachedFeature(w, Layer, feature));

        Assert.Equal(direct, first);
        Assert.Equal(direct, second);
        Assert.Contains("\"form\":{\"2\":\"Hilly\",\"1\":\"D 8\"}", direct);
        Assert.Contains("0.30000000000000004", direct);
        Assert.DoesNotContain("<b>", direct);
    }

    [Fact]
    public void CachedFeature_IsKeptPerFeatureObject_NotPerId()
    {
        var before = new LayerFeature("a", Factory.CreatePoint(new Coordinate(1, 1)), ["old", null, 1.0]);
        var after = new LayerFeature("a", Factory.CreatePoint(new Coordinate(1, 1)), ["new", null, 1.0]);

        _ = Write(w => GeoJsonWriter.WriteCachedFeature(w, Layer, before));
        var written = Write(w => GeoJsonWriter.WriteCachedFeature(w, Layer, after));

        Assert.Contains("\"new\"", written);
    }
}
