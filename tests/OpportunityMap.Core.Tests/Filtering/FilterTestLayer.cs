namespace OpportunityMap.Core.Tests.Filtering;

/// <summary>A layer with a queryable property of every type and one that is not queryable.</summary>
internal static class FilterTestLayer
{
    public static readonly LayerMetadata Metadata = new(
        "test", "Test", "", "Point", [],
        [
            new PropertyDefinition("grade", PropertyType.String, "Grade", Queryable: true),
            new PropertyDefinition("count", PropertyType.Integer, "Count", Queryable: true),
            new PropertyDefinition("share", PropertyType.Number, "Share", Queryable: true),
            new PropertyDefinition("flag", PropertyType.Boolean, "Flag", Queryable: true),
            new PropertyDefinition("form", PropertyType.Json, "Form", Queryable: true),
            new PropertyDefinition("day", PropertyType.Date, "Day", Queryable: true),
            new PropertyDefinition("at", PropertyType.Timestamp, "At", Queryable: true),
            new PropertyDefinition("secret", PropertyType.String, "Not queryable"),
        ],
        new Envelope(-81, -80, 35, 36));

    /// <summary>The same layer with its geometry named <c>geom</c>, as in the OGC CQL2 test data.</summary>
    public static readonly LayerMetadata Geom = Metadata with { GeometryName = "geom" };
}
