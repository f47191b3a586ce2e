namespace OpportunityMap.Core.Layers;

/// <summary>What a layer is: its id (the OGC collection id), description, sources and property schema.</summary>
/// <param name="Id">The collection id, e.g. <c>redlining-1935</c>.</param>
/// <param name="Title">A human title.</param>
/// <param name="Description">A paragraph saying what the layer shows.</param>
/// <param name="GeometryType">The OGC geometry type name of its features (e.g. <c>MultiPolygon</c>, <c>Point</c>).</param>
/// <param name="Sources">Every source the layer is built from, each with its licence and attribution.</param>
/// <param name="Properties">The properties of every feature, in output order.</param>
/// <param name="Extent">The bounding box of all features, in EPSG:4326 lon/lat (X = lon, Y = lat).</param>
public sealed record LayerMetadata(
    string Id,
    string Title,
    string Description,
    string GeometryType,
    IReadOnlyList<LayerSource> Sources,
    IReadOnlyList<PropertyDefinition> Properties,
    Envelope Extent)
{
    /// <summary>The name filters use for the features' geometry (CQL2 spatial functions, queryables).</summary>
    public const string DefaultGeometryName = "geometry";

    /// <summary>
    /// The name of the geometry queryable, e.g. <c>geom</c> in the OGC CQL2 test data; <see cref="DefaultGeometryName"/>
    /// unless configured. No property has this name.
    /// </summary>
    public string GeometryName { get; init; } = DefaultGeometryName;

    /// <summary>The definition of the named property, or <c>null</c>.</summary>
    public PropertyDefinition? FindProperty(string name)
    {
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>The index of the named property in <see cref="Properties"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            if (string.Equals(Properties[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
