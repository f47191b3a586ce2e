namespace OpportunityMap.Server.Ogc;

/// <summary>
/// How a feature's property values are written, the same in GeoJSON, CSV and the pages: a number-typed value always
/// with a decimal point or an exponent (<c>0.0</c>, <c>3.0</c>), so that a client inferring types from the values
/// (GDAL's OAPIF and GeoJSON drivers, QGIS) never takes a real-valued column for an integer one; dates and instants as
/// RFC 3339 text (<see cref="TemporalValues"/>).
/// </summary>
internal static class PropertyValues
{
    /// <summary>The shortest text that reads back as the same double, with <c>.0</c> when it would look whole.</summary>
    public static string Number(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 || !double.IsFinite(value) ? text : text + ".0";
    }

    /// <summary>The value as text (invariant culture), or null for a null value.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => Number(number),
        bool flag => flag ? "true" : "false",
        DateOnly date => TemporalValues.Format(date),
        DateTimeOffset instant => TemporalValues.Format(instant),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Writes the value as its JSON value: a JSON property verbatim, a date or instant as a string.</summary>
    public static void Write(Utf8JsonWriter writer, PropertyType type, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string json when type == PropertyType.Json:
                writer.WriteRawValue(json, skipInputValidation: false);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case double real:
                writer.WriteRawValue(Number(real), skipInputValidation: true);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                writer.WriteStringValue(TemporalValues.Format(date));
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(TemporalValues.Format(instant));
                break;
            default:
                throw new InvalidOperationException($"Unexpected property value of type {value.GetType()}.");
        }
    }
}
