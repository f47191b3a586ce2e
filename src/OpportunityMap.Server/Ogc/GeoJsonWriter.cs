using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using OpportunityMap.Core.Layers;

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

    public static void WriteFeature(Utf8JsonWriter writer, LayerMetadata layer, LayerFeature feature, IReadOnlyList<Link>? links)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", feature.Id);
        writer.WritePropertyName("geometry");
        JsonSerializer.Serialize(writer, feature.Geometry, typeof(Geometry), GeometryOptions);
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        for (var i = 0; i < layer.Properties.Count; i++)
        {
            var property = layer.Properties[i];
            writer.WritePropertyName(property.Name);
            WriteValue(writer, property.Type, feature.Values[i]);
        }

        writer.WriteEndObject();
        if (links is not null)
        {
            Link.WriteArray(writer, links);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, PropertyType type, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string json when type == PropertyType.Json:
                writer.WriteRawValue(json, skipInputValidation: false);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case double real:
                writer.WriteNumberValue(real);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                throw new InvalidOperationException($"Unexpected property value of type {value.GetType()}.");
        }
    }
}
