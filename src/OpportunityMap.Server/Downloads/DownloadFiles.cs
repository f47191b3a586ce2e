using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Downloads;

/// <summary>The bytes of each download of a whole layer.</summary>
internal static class DownloadFiles
{
    public static async Task<byte[]> BuildAsync(LayerData layer, DownloadFormat format, string dataVersion, CancellationToken cancellationToken) =>
        format.Suffix switch
        {
            ".geojson" => GeoJson(layer, dataVersion),
            ".csv" => Encoding.UTF8.GetBytes(CsvWriter.Header(layer.Metadata) + string.Concat(layer.Features.Select(f => CsvWriter.Row(layer.Metadata, f)))),
            ".gpkg" => await GeoPackageWriter.WriteAsync(layer, Licence(layer.Metadata, dataVersion), cancellationToken),
            _ => Encoding.UTF8.GetBytes(Licence(layer.Metadata, dataVersion)),
        };

    /// <summary>
    /// What the licence file says: the layer, then every source with its licence and the attribution it asks for. In
    /// English, the data's own language: a download is one file per layer and data version.
    /// </summary>
    public static string Licence(LayerMetadata layer, string dataVersion)
    {
        var strings = Strings.For(Strings.English);
        var text = new StringBuilder()
            .Append(strings.Format("download.licence.heading", ("title", layer.Title), ("id", layer.Id), ("version", dataVersion))).Append("\n\n")
            .Append(layer.Description).Append("\n\n")
            .Append(strings.Text("download.licence.terms")).Append('\n');
        foreach (var source in layer.Sources)
        {
            text.Append('\n').Append(source.Name).Append(" (").Append(source.Vintage).Append(")\n")
                .Append(Field(strings.Text("download.licence.source"), source.Url))
                .Append(Field(strings.Text("download.licence.licence"), $"{source.Licence}, {source.LicenceUrl}"))
                .Append(Field(strings.Text("download.licence.attribution"), source.Attribution));
        }

        return text.ToString();
    }

    // "  Licence:     CC BY-NC-SA 4.0, https://…": labels padded so the values line up.
    private static string Field(string label, string value) => $"  {label + ":",-13}{value}\n";

    private static byte[] GeoJson(LayerData layer, string dataVersion)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "FeatureCollection");
            writer.WriteString("name", layer.Metadata.Id);
            writer.WriteString("dataVersion", dataVersion);
            writer.WriteString("attribution", string.Join("; ", layer.Metadata.Sources.Select(s => s.Attribution).Distinct()));
            SourceJson.WriteArray(writer, layer.Metadata.Sources);
            writer.WriteStartArray("features");
            foreach (var feature in layer.Features)
            {
                GeoJsonWriter.WriteCachedFeature(writer, layer.Metadata, feature);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
