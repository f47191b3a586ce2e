namespace OpportunityMap.Server.Ogc;

/// <summary>
/// The property (or the pair of properties) that gives a collection's features their time, which <c>datetime</c>
/// filters on (OGC API - Features Part 1): a <see cref="PropertyType.Timestamp"/> (an instant), a
/// <see cref="PropertyType.Date"/> (that whole day, UTC) or an <see cref="PropertyType.Integer"/> year (that whole
/// year, UTC); with <paramref name="End"/>, each feature's time is the interval from <paramref name="Start"/> to it.
/// </summary>
internal sealed record TemporalProperty(PropertyDefinition Start, PropertyDefinition? End = null)
{
    /// <summary>
    /// The collection's temporal property: the HOLC 1935 layer's <c>map_year</c> (the year of the survey), an extra
    /// collection's <c>TemporalProperty</c> (and <c>TemporalEndProperty</c>); null when it has none.
    /// </summary>
    /// <exception cref="InvalidOperationException">The configuration names a property the layer lacks, or of another type.</exception>
    public static TemporalProperty? For(LayerMetadata layer, GeodataOptions geodata)
    {
        var (start, end) = layer.Id == LayerIds.Redlining
            ? ("map_year", "")
            : geodata.Extra.FirstOrDefault(e => string.Equals(e.Id, layer.Id, StringComparison.Ordinal)) is { } extra
                ? (extra.TemporalProperty, extra.TemporalEndProperty)
                : ("", "");
        if (start.Length == 0)
        {
            return null;
        }

        var startProperty = Find(layer, start);
        var endProperty = end.Length == 0 ? null : Find(layer, end);
        if (endProperty is not null && endProperty.Type != startProperty.Type)
        {
            throw new InvalidOperationException($"Collection {layer.Id}: the temporal properties {start} and {end} must be of one type.");
        }

        return new TemporalProperty(startProperty, endProperty);
    }

    private static PropertyDefinition Find(LayerMetadata layer, string name) =>
        layer.FindProperty(name) is { Type: PropertyType.Timestamp or PropertyType.Date or PropertyType.Integer } property
            ? property
            : throw new InvalidOperationException(
                $"Collection {layer.Id}: the temporal property {name} must be one of its properties, of type Timestamp, Date or Integer (a year).");
}
