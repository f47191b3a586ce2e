namespace OpportunityMap.Ingest.Layers;

/// <summary><c>redlining-1935</c>: the Charlotte HOLC areas, their grades and the 1930s text verbatim.</summary>
internal static class RedliningLayer
{
    private static readonly string[] TextFields =
        ["clarifying_remarks", "favorable_influences", "detrimental_influences", "inhabitants_occupation", "trend_of_desirability"];

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new("holc_id", PropertyType.String, "HOLC area", "The area's label on the 1935 map, grade letter and number (e.g. D8).", Queryable: true),
        new("grade", PropertyType.String, "HOLC grade", "A (Best) to D (Hazardous).", Queryable: true),
        new("category", PropertyType.String, "Category", "The grade's name on the map: Best, Still Desirable, Definitely Declining, Hazardous.", Queryable: true),
        new("fill", PropertyType.String, "Map colour", "The area's colour on the 1935 map (hex RGB)."),
        new("city", PropertyType.String, "City", Queryable: true),
        new("map_year", PropertyType.Integer, "Map year", Queryable: true),
        new("area_id", PropertyType.String, "Mapping Inequality id"),
        new("clarifying_remarks", PropertyType.String, "Clarifying remarks (1935)", "Historical text, verbatim."),
        new("favorable_influences", PropertyType.String, "Favorable influences (1935)", "Historical text, verbatim."),
        new("detrimental_influences", PropertyType.String, "Detrimental influences (1935)", "Historical text, verbatim."),
        new("inhabitants_occupation", PropertyType.String, "Inhabitants' occupation (1935)", "Historical text, verbatim."),
        new("trend_of_desirability", PropertyType.String, "Trend of desirability (1935)", "Historical text, verbatim."),
        new("area_description", PropertyType.Json, "Area description form (1935)", "The whole area description form, keyed by its field numbers, verbatim."),
    ];

    public static async Task<LayerData> BuildAsync(ImportContext context)
    {
        const string file = "holc";
        var path = context.Manifest.Files[file].Path;
        var features = new List<LayerFeature>();
        foreach (var source in await context.ReadGeoJsonAsync(file))
        {
            var holcId = source.Text("holc_id") ?? throw new ImportException(path, $"feature {source.Index} has no holc_id");
            var geometry = source.Geometry ?? throw new ImportException(path, $"feature {source.Index} ({holcId}) has no geometry");
            long? year = long.TryParse(source.Text("map_year"), out var y) ? y : null;
            object?[] values =
            [
                holcId, source.Text("holc_grade"), source.Text("category"), source.Text("fill"), source.Text("city"), year, source.Text("area_id"),
                .. TextFields.Select(source.Text), source.Json("area_description_data"),
            ];
            features.Add(new LayerFeature(holcId, ImportContext.AsMultiPolygon(geometry, path, source.Index), values));
        }

        return context.Layer(LayerIds.Redlining, "MultiPolygon", Properties, features);
    }
}
