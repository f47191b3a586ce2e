namespace OpportunityMap.Ingest.Extra;

/// <summary>A GeoJSON file served as a collection of its own, as configured (no code per file).</summary>
/// <param name="Id">The collection id.</param>
/// <param name="Path">The GeoJSON FeatureCollection (longitude/latitude).</param>
/// <param name="IdProperty">The property whose value is the feature id; null = the feature's 1-based position in the file.</param>
/// <param name="Queryables">Properties a filter may name.</param>
/// <param name="Source">Where the data comes from, its licence and attribution.</param>
public sealed record ExtraCollection(
    string Id, string Path, string Title, string Description, string? IdProperty, IReadOnlyList<string> Queryables, LayerSource Source)
{
    /// <summary>
    /// Types for some properties, overriding what the data suggests: e.g. <see cref="PropertyType.Date"/> for ISO date
    /// strings (never inferred), <see cref="PropertyType.Number"/> for whole numbers that are measurements. Every
    /// value of such a property must fit the type.
    /// </summary>
    public IReadOnlyDictionary<string, PropertyType> PropertyTypes { get; init; } = new Dictionary<string, PropertyType>();

    /// <summary>The name filters give the geometry (<see cref="LayerMetadata.GeometryName"/>).</summary>
    public string GeometryName { get; init; } = LayerMetadata.DefaultGeometryName;

    /// <summary>
    /// Reads configured type names (<c>String</c>, <c>Integer</c>, <c>Number</c>, <c>Boolean</c>, <c>Date</c>,
    /// <c>Timestamp</c>, <c>Json</c>; any case) by property.
    /// </summary>
    /// <exception cref="ImportException">A name is none of these.</exception>
    public static IReadOnlyDictionary<string, PropertyType> ParsePropertyTypes(string collectionId, IEnumerable<KeyValuePair<string, string>> configured)
    {
        var types = new Dictionary<string, PropertyType>(StringComparer.Ordinal);
        foreach (var (name, type) in configured)
        {
            types[name] = Enum.TryParse<PropertyType>(type, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(type, out _)
                ? parsed
                : throw new ImportException("Geodata:Extra", $"collection '{collectionId}': property '{name}' has the type '{type}'; use one of {string.Join(", ", Enum.GetNames<PropertyType>())}");
        }

        return types;
    }
}
