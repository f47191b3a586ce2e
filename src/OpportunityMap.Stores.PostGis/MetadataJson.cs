using System.Text.Json;
using NetTopologySuite.Geometries;

namespace OpportunityMap.Stores.PostGis;

/// <summary>A layer's metadata as the JSON stored beside its table.</summary>
internal static class MetadataJson
{
    public static string Write(LayerMetadata layer) => JsonSerializer.Serialize(new Stored(
        layer.Id, layer.Title, layer.Description, layer.GeometryType, [.. layer.Sources], [.. layer.Properties],
        [layer.Extent.MinX, layer.Extent.MinY, layer.Extent.MaxX, layer.Extent.MaxY], layer.GeometryName));

    public static LayerMetadata Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json) ?? throw new InvalidDataException("empty layer metadata");
        var e = stored.Extent;
        return new LayerMetadata(stored.Id, stored.Title, stored.Description, stored.GeometryType, stored.Sources, stored.Properties,
            new Envelope(e[0], e[2], e[1], e[3]))
        {
            GeometryName = stored.GeometryName ?? LayerMetadata.DefaultGeometryName,
        };
    }

    private sealed record Stored(
        string Id, string Title, string Description, string GeometryType, LayerSource[] Sources, PropertyDefinition[] Properties, double[] Extent,
        string? GeometryName); // absent in loads made before it existed
}
