namespace OpportunityMap.Server.Ogc;

/// <summary>
/// A collection's properties as JSON Schema (2020-12): its queryables (OGC API - Features Part 3, what a filter may
/// name, the geometry included) and its schema (Part 5, every property of its features in output order, with the
/// <c>x-ogc-role</c> of the id, the geometry and the time), so that clients type each column from it rather than from
/// the first values they see: integer and number apart, dates and instants as <c>format</c> date and date-time.
/// </summary>
internal static class FeatureSchema
{
    /// <summary>The queryables: the properties a filter may name and the geometry, nothing else (additionalProperties false).</summary>
    public static void WriteQueryables(Utf8JsonWriter writer, HttpRequest request, LayerMetadata layer)
    {
        WriteHeader(writer, RequestUrls.Collection(request, layer.Id) + "/queryables", layer);
        writer.WriteStartObject("properties");
        WriteGeometry(writer, layer);
        foreach (var property in layer.Properties.Where(p => p.Queryable && p.Type != PropertyType.Json))
        {
            WriteProperty(writer, property, role: null, sequence: null);
        }

        writer.WriteEndObject();
        writer.WriteBoolean("additionalProperties", false);
        writer.WriteEndObject();
    }

    /// <summary>The schema of the features (Part 5 returnables): the id, the geometry and every property, in output order.</summary>
    public static void WriteSchema(Utf8JsonWriter writer, HttpRequest request, LayerMetadata layer, TemporalProperty? temporal)
    {
        WriteHeader(writer, RequestUrls.Collection(request, layer.Id) + "/schema", layer);
        writer.WriteStartObject("properties");
        if (layer.FindProperty("id") is null)
        {
            writer.WriteStartObject("id");
            writer.WriteString("title", "Feature id");
            writer.WriteString("type", "string");
            writer.WriteString("x-ogc-role", "id");
            writer.WriteEndObject();
        }

        WriteGeometry(writer, layer);
        for (var i = 0; i < layer.Properties.Count; i++)
        {
            var property = layer.Properties[i];
            WriteProperty(writer, property, Role(property, temporal), sequence: i + 1);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The schema of the features as GeoJSON, the encoding <c>/items</c> gives: a Feature whose <c>properties</c> hold
    /// every property with its type. It is what the collection's <c>describedby</c> link names, and what GDAL's OAPIF
    /// driver types its fields from (rather than from the first ten features, where a column may be all null).
    /// </summary>
    public static void WriteGeoJson(Utf8JsonWriter writer, HttpRequest request, LayerMetadata layer)
    {
        WriteHeader(writer, RequestUrls.Collection(request, layer.Id) + "/schema/geojson", layer);
        writer.WriteStartArray("required");
        writer.WriteStringValue("type");
        writer.WriteStringValue("geometry");
        writer.WriteStringValue("properties");
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteStartObject("type");
        writer.WriteString("type", "string");
        writer.WriteStartArray("enum");
        writer.WriteStringValue("Feature");
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("id");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteStartObject("geometry");
        writer.WriteString("$ref", $"https://geojson.org/schema/{(IsGeoJsonType(layer.GeometryType) ? layer.GeometryType : "Geometry")}.json");
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("type", "object");
        writer.WriteStartObject("properties");
        foreach (var property in layer.Properties)
        {
            WriteProperty(writer, property, role: null, sequence: null);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The JSON Schema type of a property's values.</summary>
    public static string SchemaType(PropertyType type) => type switch
    {
        PropertyType.Integer => "integer",
        PropertyType.Number => "number",
        PropertyType.Boolean => "boolean",
        PropertyType.Json => "object",
        _ => "string",
    };

    private static void WriteHeader(Utf8JsonWriter writer, string id, LayerMetadata layer)
    {
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        writer.WriteString("$id", id);
        writer.WriteString("type", "object");
        writer.WriteString("title", layer.Title);
    }

    private static void WriteGeometry(Utf8JsonWriter writer, LayerMetadata layer)
    {
        writer.WriteStartObject(layer.GeometryName);
        writer.WriteString("title", "Geometry");
        writer.WriteString("description", "The feature's geometry, in CRS84 (longitude, latitude) unless crs says otherwise.");
        writer.WriteString("format", IsGeoJsonType(layer.GeometryType) ? "geometry-" + layer.GeometryType.ToLowerInvariant() : "geometry-any");
        writer.WriteString("x-ogc-role", "primary-geometry");
        writer.WriteEndObject();
    }

    // One of GeoJSON's geometry types other than GeometryCollection (a layer of mixed types says Geometry).
    private static bool IsGeoJsonType(string type) => type is "Point" or "MultiPoint" or "LineString" or "MultiLineString" or "Polygon" or "MultiPolygon";

    private static void WriteProperty(Utf8JsonWriter writer, PropertyDefinition property, string? role, int? sequence)
    {
        writer.WriteStartObject(property.Name);
        writer.WriteString("title", property.Title);
        if (property.Description.Length > 0)
        {
            writer.WriteString("description", property.Description);
        }

        writer.WriteString("type", SchemaType(property.Type));
        if (property.Type is PropertyType.Date or PropertyType.Timestamp)
        {
            writer.WriteString("format", property.Type == PropertyType.Date ? "date" : "date-time");
        }

        if (role is not null)
        {
            writer.WriteString("x-ogc-role", role);
        }

        if (sequence is { } position)
        {
            writer.WriteNumber("x-ogc-propertySeq", position);
        }

        writer.WriteEndObject();
    }

    // Part 5's roles for the time of a feature: an instant, or the ends of an interval (a year has no such role).
    private static string? Role(PropertyDefinition property, TemporalProperty? temporal) =>
        temporal is null || property.Type == PropertyType.Integer ? null
        : temporal.End is null ? (property == temporal.Start ? "primary-instant" : null)
        : property == temporal.Start ? "primary-interval-start"
        : property == temporal.End ? "primary-interval-end"
        : null;
}
