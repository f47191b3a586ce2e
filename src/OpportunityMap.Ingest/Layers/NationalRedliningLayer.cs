using OpportunityMap.Core.Nation;

namespace OpportunityMap.Ingest.Layers;

/// <summary>
/// <c>redlining-national</c>: every HOLC area Mapping Inequality published in 2019 (152 cities, 29 states), as the
/// source has it. Feature id = <c>{city_key}-{nnn}</c>, nnn = the area's 1-based position among its city's rows in
/// the source file, because <c>holc_id</c> is missing (59 rows) or repeated (3 cities repeat a real id) in the national file.
/// </summary>
internal static class NationalRedliningLayer
{
    public const string FileKey = "holc-national";

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new("city_key", PropertyType.String, "City key", "The city and state as one lower-case key (e.g. charlotte-nc); the map's city= parameter.", Queryable: true),
        new("city", PropertyType.String, "City", "The city (or county, borough) as Mapping Inequality names the map.", Queryable: true),
        new("state", PropertyType.String, "State", "Two-letter state code.", Queryable: true),
        new("holc_id", PropertyType.String, "HOLC area", "The area's label on its city's map (e.g. D8); missing or repeated in a few cities.", Queryable: true),
        new("grade", PropertyType.String, "HOLC grade", "A (Best) to D (Hazardous); two areas (Duluth, Bronx) are graded E as in the source.", Queryable: true),
        new("name", PropertyType.String, "Name", "The area's name, where the map gives one."),
        new("area_description", PropertyType.String, "Area description (start)",
            "The beginning of the 1930s area description as the 2019 national file has it: cut at 254 characters, so often broken JSON text. Historical text, verbatim."),
    ];

    public static async Task<LayerData> BuildAsync(ImportContext context)
    {
        var path = context.Manifest.Files[FileKey].Path;
        var features = new List<LayerFeature>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in await context.ReadGeoJsonAsync(FileKey))
        {
            var city = source.Text("city") ?? throw new ImportException(path, $"feature {source.Index} has no city");
            var state = source.Text("state") ?? throw new ImportException(path, $"feature {source.Index} ({city}) has no state");
            var geometry = source.Geometry ?? throw new ImportException(path, $"feature {source.Index} ({city}) has no geometry");
            var key = CityKeys.Of(city, state);
            var position = positions[key] = positions.GetValueOrDefault(key) + 1;
            var id = string.Create(CultureInfo.InvariantCulture, $"{key}-{position:000}");
            object?[] values = [key, city, state, source.Text("holc_id"), source.Text("holc_grade"), source.Text("name"), Description(source.Properties)];
            features.Add(new LayerFeature(id, ImportContext.AsMultiPolygon(geometry, path, source.Index), values));
        }

        return context.Layer(LayerIds.NationalRedlining, "MultiPolygon", Properties, features);
    }

    // Mostly text (cut at 254 characters); 1,069 rows hold a JSON object instead, 975 of them the empty {"": ""}.
    private static string? Description(JsonElement properties)
    {
        if (!properties.TryGetProperty("area_descr", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.EnumerateObject().All(p => p.Name.Length == 0 && p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Length == 0) => null,
            JsonValueKind.Object or JsonValueKind.Array => JsonSerializer.Serialize(value),
            _ => null,
        };
    }
}
