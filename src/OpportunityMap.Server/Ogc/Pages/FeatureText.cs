namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>Feature values as a person reads them on the pages.</summary>
internal static class FeatureText
{
    // A table cell shows this much of a long text; the feature's own page shows all of it.
    private const int CellLength = 100;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Numbers in invariant culture (ten significant digits), dates as RFC 3339, null as a dash.</summary>
    public static string Format(object? value) => value switch
    {
        null => "—",
        double number => number.ToString("G10", CultureInfo.InvariantCulture),
        _ => PropertyValues.Text(value) ?? "",
    };

    public static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    public static string Shorten(string text) => text.Length <= CellLength ? text : string.Concat(text.AsSpan(0, CellLength), "…");

    /// <summary>A JSON value (a 1930s form) indented for reading; text that is not JSON as it is.</summary>
    public static string PrettyJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>A point inside the geometry as (latitude, longitude); (0, 0) for an empty geometry.</summary>
    public static (double Lat, double Lon) Center(LayerFeature feature)
    {
        var point = feature.Geometry.IsEmpty ? null : feature.Geometry.InteriorPoint;
        return point is null || point.IsEmpty ? (0, 0) : (point.Y, point.X);
    }
}
