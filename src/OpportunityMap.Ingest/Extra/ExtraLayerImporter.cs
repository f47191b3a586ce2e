namespace OpportunityMap.Ingest.Extra;

/// <summary>
/// Builds a layer from any GeoJSON FeatureCollection: the properties and their types are read from the data
/// (text, whole numbers, numbers, booleans; anything else is kept as JSON), in the order they first appear, unless
/// the collection configures a property's type (<see cref="ExtraCollection.PropertyTypes"/>). A number written with a
/// fraction or exponent (<c>5.0</c>) is a number, and a property holding whole numbers and others is a number too;
/// dates and timestamps are only what is configured, so that a text property never changes type with its values.
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
                if (source.Properties.TryGetProperty(properties[i].Name, out var value))
                {
                    values[i] = Convert(value, properties[i].Type)
                        ?? (value.ValueKind is JsonValueKind.Null ? null
                            : throw new ImportException(collection.Path, $"feature {source.Index}: '{properties[i].Name}' is {value.GetRawText()}, which does not fit its configured type {properties[i].Type}"));
                }
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
            geometryTypes.Count == 1 ? geometryTypes.Single() : "Geometry", [collection.Source], properties, extent)
        {
            GeometryName = collection.GeometryName,
        };
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

        foreach (var name in collection.Queryables.Concat(collection.PropertyTypes.Keys).Where(q => !kinds.ContainsKey(q)))
        {
            throw new ImportException(collection.Path, $"'{name}' is configured (a queryable or a property type) but is not a property of the data");
        }

        if (string.IsNullOrEmpty(collection.GeometryName) || kinds.ContainsKey(collection.GeometryName))
        {
            throw new ImportException(collection.Path, $"the geometry name '{collection.GeometryName}' must be set and differ from every property's name");
        }

        foreach (var (name, type) in collection.PropertyTypes)
        {
            kinds[name] = type;
        }

        return [.. kinds.Select(k => new PropertyDefinition(k.Key, k.Value ?? PropertyType.String, k.Key,
            Queryable: collection.Queryables.Contains(k.Key) && k.Value is not PropertyType.Json))];
    }

    private static PropertyType? KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => PropertyType.String,
        JsonValueKind.Number => value.GetRawText().AsSpan().IndexOfAny(".eE") < 0 && value.TryGetInt64(out _) ? PropertyType.Integer : PropertyType.Number,
        JsonValueKind.True or JsonValueKind.False => PropertyType.Boolean,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => PropertyType.Json,
    };

    // The value as the type's CLR type; null for JSON null and for a value that does not fit (a configured type).
    private static object? Convert(JsonElement value, PropertyType type) => (type, value.ValueKind) switch
    {
        (_, JsonValueKind.Null or JsonValueKind.Undefined) => null,
        (PropertyType.Json, _) => value.GetRawText(),
        (PropertyType.String, JsonValueKind.String) => value.GetString(),
        (PropertyType.Integer, JsonValueKind.Number) => value.TryGetInt64(out var whole) ? whole : null,
        (PropertyType.Number, JsonValueKind.Number) => value.GetDouble(),
        (PropertyType.Boolean, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
        (PropertyType.Date, JsonValueKind.String) => TemporalValues.TryParseDate(value.GetString()!, out var date) ? date : null,
        (PropertyType.Timestamp, JsonValueKind.String) => TemporalValues.TryParseTimestamp(value.GetString()!, out var instant) ? instant : null,
        _ => null,
    };
}
