using NetTopologySuite.IO;

namespace OpportunityMap.Server.Ogc;

/// <summary>
/// Features as CSV (RFC 4180, UTF-8): <c>id</c>, every property in schema order (or those <c>properties</c> names),
/// and the geometry as WKT (CRS84 lon lat, or the requested <c>crs</c>) in a <c>geometry_wkt</c> column, for
/// spreadsheets and desktop GIS.
/// </summary>
internal static class CsvWriter
{
    private static readonly WKTWriter Wkt = new() { MaxCoordinatesPerLine = int.MaxValue };

    public static string Header(LayerMetadata layer, FeatureOutput? output = null) =>
        string.Join(',', new[] { "id" }.Concat((output ?? FeatureOutput.Default).Properties(layer).Select(i => layer.Properties[i].Name)).Append("geometry_wkt").Select(Quote)) + "\r\n";

    public static string Row(LayerMetadata layer, LayerFeature feature, FeatureOutput? output = null)
    {
        output ??= FeatureOutput.Default;
        var row = new StringBuilder(Quote(feature.Id));
        foreach (var i in output.Properties(layer))
        {
            row.Append(',').Append(Field(feature.Values[i]));
        }

        return row.Append(',').Append(Quote(Wkt.Write(output.Geometry(feature)))).Append("\r\n").ToString();
    }

    /// <summary>One value as a field: text quoted, numbers as the API writes them (<see cref="PropertyValues"/>), null empty.</summary>
    internal static string Field(object? value) => value switch
    {
        null => "",
        string text => Quote(text),
        var other => PropertyValues.Text(other)!,
    };

    // Every text field is quoted. A leading =, +, - or @ would make a spreadsheet run the cell as a formula, so such
    // text gets a leading apostrophe (the usual CSV-injection guard).
    internal static string Quote(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
