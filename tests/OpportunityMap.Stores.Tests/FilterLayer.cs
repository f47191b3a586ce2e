using System.Globalization;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// 16 points "v-00" … "v-15" at (-81 + i/16, 35) (exact in binary) with nullable queryable properties of every type,
/// strings that test LIKE escapes, quotes, case, accents and code point order, and dates and instants a microsecond
/// apart or at the ends of their range.
/// </summary>
internal static class FilterLayer
{
    public const string Id = "values";
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static readonly (string? Name, long? Count, double? Share, bool? Flag, string? Day, string? At)[] Rows =
    [
        ("Alpha", 0, null, true, "2022-04-16", "2022-04-16T10:13:19Z"),
        ("alpha", 1, 0.5, false, "2022-04-15", "2022-04-16T10:13:19.000001Z"),
        ("ALPHA", null, 1.0, null, null, "2022-04-16T10:13:18.999999Z"),
        ("50% off", 3, 1.5, true, "2021-12-31", null),
        ("50 off", 4, null, false, "2022-04-17", "2022-04-16T08:13:19Z"),
        ("a_b", null, 2.5, true, null, "1970-01-01T00:00:00Z"),
        ("axb", 6, 3.0, null, "0001-01-01", null),
        ("back\\slash", 7, null, false, "9999-12-31", "2023-01-01T00:00:00Z"),
        ("O'Brien", 8, 4.0, true, "2022-04-16", null),
        ("Élan", null, 4.5, false, null, null),
        ("élan", 10, null, true, null, "2022-04-16T23:59:59Z"),
        ("\U0001F600 smile", 11, 5.5, null, null, null),
        ("\uFF21 fullwidth", 12, 6.0, false, "2022-01-01", null),
        (null, 13, 6.5, true, null, null),
        ("", null, null, null, null, null),
        ("Zed", 15, 7.5, false, null, null),
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
            new("day", PropertyType.Date, "Day", Queryable: true),
            new("at", PropertyType.Timestamp, "At", Queryable: true),
            new("note", PropertyType.String, "Not queryable, but sortable"),
        ];
        var features = Rows.Select((r, i) => new LayerFeature(
            Feature(i),
            Factory.CreatePoint(new Coordinate(-81 + (i * 0.0625), 35)),
            [r.Name, r.Count, r.Share, r.Flag, Date(r.Day), Instant(r.At), $"note {15 - i:00}"])).ToList();
        return new LayerData(new LayerMetadata(Id, "Values", "", "Point", [], properties, new Envelope(-81, -80, 35, 35)), features);
    }

    private static object? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object? Instant(string? text) => text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
