using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// 16 points "v-00" … "v-15" at (-81 + i/16, 35) (exact in binary) with nullable queryable properties of every type and
/// strings that test LIKE escapes, quotes, case, accents and code point order.
/// </summary>
internal static class FilterLayer
{
    public const string Id = "values";
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly (string? Name, long? Count, double? Share, bool? Flag)[] Rows =
    [
        ("Alpha", 0, null, true),
        ("alpha", 1, 0.5, false),
        ("ALPHA", null, 1.0, null),
        ("50% off", 3, 1.5, true),
        ("50 off", 4, null, false),
        ("a_b", null, 2.5, true),
        ("axb", 6, 3.0, null),
        ("back\\slash", 7, null, false),
        ("O'Brien", 8, 4.0, true),
        ("Élan", null, 4.5, false),
        ("élan", 10, null, true),
        ("\U0001F600 smile", 11, 5.5, null),
        ("\uFF21 fullwidth", 12, 6.0, false),
        (null, 13, 6.5, true),
        ("", null, null, null),
        ("Zed", 15, 7.5, false),
    ];

    public static IReadOnlyList<string> AllIds { get; } = [.. Enumerable.Range(0, Rows.Length).Select(Feature)];

    public static string Feature(int i) => $"v-{i:00}";

    public static LayerData Create()
    {
        PropertyDefinition[] properties =
        [
            new("name", PropertyType.String, "Name", Queryable: true),
            new("count", PropertyType.Integer, "Count", Queryable: true),
            new("share", PropertyType.Number, "Share", Queryable: true),
            new("flag", PropertyType.Boolean, "Flag", Queryable: true),
            new("note", PropertyType.String, "Not queryable, but sortable"),
        ];
        var features = Rows.Select((r, i) => new LayerFeature(
            Feature(i),
            Factory.CreatePoint(new Coordinate(-81 + (i * 0.0625), 35)),
            [r.Name, r.Count, r.Share, r.Flag, $"note {15 - i:00}"])).ToList();
        return new LayerData(new LayerMetadata(Id, "Values", "", "Point", [], properties, new Envelope(-81, -80, 35, 35)), features);
    }
}
