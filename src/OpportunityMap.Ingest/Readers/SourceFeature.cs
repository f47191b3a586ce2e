namespace OpportunityMap.Ingest.Readers;

/// <summary>A feature as read from a GeoJSON source: its geometry (valid, EPSG:4326) and raw properties.</summary>
internal sealed record SourceFeature(int Index, Geometry? Geometry, JsonElement Properties)
{
    public string? Text(string name) => Properties.TryGetProperty(name, out var value) ? value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    } : null;

    /// <summary>The property as compact JSON text, keys in source order.</summary>
    public string? Json(string name)
    {
        if (!Properties.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
