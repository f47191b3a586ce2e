using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;
using OpportunityMap.Ingest.Readers;

namespace OpportunityMap.Ingest.Extra;

/// <summary>
/// Builds a layer from any GeoJSON FeatureCollection: the properties and their types are read from the data
/// (text, whole numbers, numbers, booleans; anything else is kept as JSON), in the order they first appear.
/// </summary>
public static class ExtraLayerImporter
{
    private static readonly string[] GeometryTypes = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"];

    /// <summary>Reads and checks the file; throws <see cref="ImportException"/> naming the problem.</summary>
    public static async Task<ImportResult> ImportAsync(ExtraCollection collection, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        if (!File.Exists(collection.Path))
        {
            throw new ImportException(collection.Path, $"missing file for the extra collection '{collection.Id}'");
        }

        var sources = await GeoJsonFile.ReadAsync(collection.Path, collection.Path, [], GeometryTypes, warnings, cancellationToken);
        var properties = InferProperties(sources, collection);
        var features = new List<LayerFeature>(sources.Count);
        var extent = new Envelope();
        var geometryTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (source.Geometry is null || source.Geometry.IsEmpty)
            {
                warnings.Add($"{collection.Path}: feature {source.Index} has no geometry; left out");
                continue;
            }

            var id = collection.IdProperty is null
                ? source.Index.ToString(CultureInfo.InvariantCulture)
                : source.Text(collection.IdProperty) ?? throw new ImportException(collection.Path, $"feature {source.Index} has no '{collection.IdProperty}'");
            var values = new object?[properties.Count];
            for (var i = 0; i < properties.Count; i++)
            {
                values[i] = source.Properties.TryGetProperty(properties[i].Name, out var value) ? Convert(value, properties[i].Type) : null;
            }

            features.Add(new LayerFeature(id, source.Geometry, values));
            extent.ExpandToInclude(source.Geometry.EnvelopeInternal);
            geometryTypes.Add(source.Geometry.GeometryType);
        }

        features.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < features.Count; i++)
        {
            if (features[i].Id == features[i - 1].Id)
            {
                throw new ImportException(collection.Path, $"two features have the id '{features[i].Id}'");
            }
        }

        var metadata = new LayerMetadata(collection.Id, collection.Title, collection.Description,
            geometryTypes.Count == 1 ? geometryTypes.Single() : "Geometry", [collection.Source], properties, extent);
        return new ImportResult([new LayerData(metadata, features)], warnings);
    }

    private static List<PropertyDefinition> InferProperties(IReadOnlyList<SourceFeature> sources, ExtraCollection collection)
    {
        var kinds = new Dictionary<string, PropertyType?>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var property in source.Properties.EnumerateObject())
            {
                var kind = KindOf(property.Value);
                if (!kinds.TryGetValue(property.Name, out var known))
                {
                    kinds[property.Name] = kind;
                }
                else if (kind is not null && known != kind)
                {
                    // Whole numbers and numbers mix as numbers; anything else mixed is kept as JSON.
                    kinds[property.Name] = known is null ? kind
                        : (known, kind) is (PropertyType.Integer, PropertyType.Number) or (PropertyType.Number, PropertyType.Integer) ? PropertyType.Number
                        : PropertyType.Json;
                }
            }
        }

        foreach (var name in collection.Queryables.Where(q => !kinds.ContainsKey(q)))
        {
            throw new ImportException(collection.Path, $"queryable '{name}' is not a property of the data");
        }

        return [.. kinds.Select(k => new PropertyDefinition(k.Key, k.Value ?? PropertyType.String, k.Key,
            Queryable: collection.Queryables.Contains(k.Key) && k.Value is not PropertyType.Json))];
    }

    private static PropertyType? KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => PropertyType.String,
        JsonValueKind.Number => value.TryGetInt64(out _) ? PropertyType.Integer : PropertyType.Number,
        JsonValueKind.True or JsonValueKind.False => PropertyType.Boolean,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => PropertyType.Json,
    };

    private static object? Convert(JsonElement value, PropertyType type) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ when type == PropertyType.Json => value.GetRawText(),
        _ => type switch
        {
            PropertyType.String => value.GetString(),
            PropertyType.Integer => value.GetInt64(),
            PropertyType.Number => value.GetDouble(),
            PropertyType.Boolean => value.GetBoolean(),
            _ => value.GetRawText(),
        },
    };
}
