namespace OpportunityMap.Ingest.Layers;

/// <summary><c>resources</c>: the county's resource points, one category per source file.</summary>
internal static class ResourcesLayer
{
    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new("category", PropertyType.String, "Category", "school, library, park, hospital, college, fire_station or police_station.", Queryable: true),
        new("name", PropertyType.String, "Name", Queryable: true),
        new("type", PropertyType.String, "Type", "The kind within the category, as the county gives it (e.g. Elementary).", Queryable: true),
        new("address", PropertyType.String, "Address"),
        new("source_file", PropertyType.String, "Source file", "The file the point comes from, relative to the data directory."),
    ];

    public static async Task<LayerData> BuildAsync(ImportContext context)
    {
        var entry = context.Manifest.Layer(LayerIds.Resources);
        var features = new List<LayerFeature>();
        foreach (var fileKey in entry.Files)
        {
            var category = entry.Categories?.GetValueOrDefault(fileKey)
                ?? throw new ImportException("manifest.json", $"layer {LayerIds.Resources}: file '{fileKey}' has no category");
            var path = context.Manifest.Files[fileKey].Path;
            foreach (var source in await context.ReadGeoJsonAsync(fileKey))
            {
                if (source.Geometry is null || source.Geometry.IsEmpty)
                {
                    context.Warnings.Add($"{path}: feature {source.Index} ({source.Text("name")}) has no location; left out");
                    continue;
                }

                var id = string.Create(CultureInfo.InvariantCulture, $"{category}-{source.Index:000}");
                features.Add(new LayerFeature(id, source.Geometry, [category, Clean(source.Text("name")), Clean(source.Text("type")), Clean(source.Text("address")), path]));
            }
        }

        return context.Layer(LayerIds.Resources, "Point", Properties, features);
    }

    // The county's files pad some addresses with double spaces ("1300  SPRUCE ST").
    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
