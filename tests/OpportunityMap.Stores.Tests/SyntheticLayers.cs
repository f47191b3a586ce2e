namespace OpportunityMap.Stores.Tests;

/// <summary>
/// Small layers whose answers are known by construction: a 10 × 10 grid of unit squares (ids "sq-00" … "sq-99",
/// lower-left corner at (-81 + x/100, 35 + y/100)), and points, with a property of every type.
/// </summary>
internal static class SyntheticLayers
{
    public const double Step = 0.01;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        new("name", PropertyType.String, "Name", Queryable: true),
        new("row", PropertyType.Integer, "Row", Queryable: true),
        new("share", PropertyType.Number, "Share", Queryable: true),
        new("even", PropertyType.Boolean, "Even", Queryable: true),
        new("form", PropertyType.Json, "Form"),
        new("note", PropertyType.String, "Note"),
    ];

    public static LayerData Squares(string version = "a")
    {
        var features = new List<LayerFeature>();
        for (var y = 0; y < 10; y++)
        {
            for (var x = 0; x < 10; x++)
            {
                var minX = -81 + (x * Step);
                var minY = 35 + (y * Step);
                var square = Factory.CreateMultiPolygon([(Polygon)Factory.ToGeometry(new Envelope(minX, minX + Step, minY, minY + Step))]);
                var id = $"sq-{y}{x}";
                features.Add(new LayerFeature(id, square,
                [
                    $"{version}-{id}", (long)y, (x * 0.1) + 0.0123456789012345, (x + y) % 2 == 0,
                    $$"""{"b":{{x}},"a":[1,"two"],"z":null}""", x == 3 ? null : "note <b>é</b> \"quoted\"",
                ]));
            }
        }

        return new LayerData(
            new LayerMetadata("squares", "Squares", "A grid", "MultiPolygon", [new LayerSource("Test", "https://example.org", "MIT", "https://opensource.org/license/mit", "Tests", "now")],
                Properties, new Envelope(-81, -80.9, 35, 35.1)),
            features);
    }

    public static LayerData Points()
    {
        var properties = new[] { new PropertyDefinition("category", PropertyType.String, "Category", Queryable: true) };
        var features = Enumerable.Range(0, 250)
            .Select(i => new LayerFeature($"p-{i:000}", Factory.CreatePoint(new Coordinate(-81 + ((i % 25) * 0.004), 35 + ((i / 25) * 0.01))), [i % 3 == 0 ? "school" : "park"]))
            .ToList();
        return new LayerData(new LayerMetadata("points", "Points", "", "Point", [], properties, new Envelope(-81, -80.9, 35, 35.1)), features);
    }
}
