using System.Buffers;
using System.Runtime.CompilerServices;
using NetTopologySuite.IO.Converters;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// Writes features as RFC 7946 GeoJSON, properties in the layer's schema order, so that every store gives the same
/// bytes for the same data.
/// </summary>
internal static class GeoJsonWriter
{
    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(writeGeometryBBox: false) },
    };

    // For coordinates in another CRS: rings are written in the order they come (FeatureOutput orients them in
    // lon/lat first), since RFC 7946's winding rule is defined for lon/lat and would reverse EPSG:4326's lat/lon rings.
    private static readonly JsonSerializerOptions AsGivenOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(writeGeometryBBox: false, idPropertyName: "id", RingOrientationOption.DoNotModify) },
    };

    // Each feature's GeoJSON, encoded once and reused while the feature lives. The in-memory store keeps its
    // features for the life of the data, so a geometry is formatted once, not on every request; a reload brings new
    // feature objects (and the old entries go with the old ones). Features read from PostGIS are new per query.
    private static readonly ConditionalWeakTable<LayerFeature, byte[]> Encoded = new();

    /// <summary>Writes the feature (without links) from its cached encoding, encoding it first if needed.</summary>
    public static void WriteCachedFeature(Utf8JsonWriter writer, LayerMetadata layer, LayerFeature feature)
    {
        if (!Encoded.TryGetValue(feature, out var bytes))
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            using (var encoder = new Utf8JsonWriter(buffer))
            {
                WriteFeature(encoder, layer, feature, links: null);
            }

            bytes = buffer.WrittenSpan.ToArray();
            Encoded.TryAdd(feature, bytes);
        }

        writer.WriteRawValue(bytes, skipInputValidation: true);
    }

    public static void WriteFeature(Utf8JsonWriter writer, LayerMetadata layer, LayerFeature feature, IReadOnlyList<Link>? links) =>
        WriteFeature(writer, layer, feature, links, feature.Geometry, ringsAsGiven: false, propertyIndexes: null);

    /// <summary>
    /// Writes the feature with this geometry (already in the output CRS; its rings as given, or oriented as RFC 7946
    /// says) and only these properties, in this order.
    /// </summary>
    public static void WriteFeature(
        Utf8JsonWriter writer, LayerMetadata layer, LayerFeature feature, IReadOnlyList<Link>? links, Geometry geometry, bool ringsAsGiven,
        IReadOnlyList<int>? propertyIndexes)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", feature.Id);
        writer.WritePropertyName("geometry");
        JsonSerializer.Serialize(writer, geometry, typeof(Geometry), ringsAsGiven ? AsGivenOptions : GeometryOptions);
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        foreach (var i in propertyIndexes ?? Enumerable.Range(0, layer.Properties.Count))
        {
            var property = layer.Properties[i];
            writer.WritePropertyName(property.Name);
            PropertyValues.Write(writer, property.Type, feature.Values[i]);
        }

        writer.WriteEndObject();
        if (links is not null)
        {
            Link.WriteArray(writer, links);
        }

        writer.WriteEndObject();
    }
}
