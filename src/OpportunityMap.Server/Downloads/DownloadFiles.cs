using System.Text.Json;
using System.Text;
using OpportunityMap.Core.Layers;
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

    /// <summary>What the licence file says: the layer, then every source with its licence and the attribution it asks for.</summary>
    public static string Licence(LayerMetadata layer, string dataVersion)
    {
        var text = new StringBuilder()
            .Append(layer.Title).Append(" (").Append(layer.Id).Append("), data version ").Append(dataVersion).Append("\n\n")
            .Append(layer.Description).Append("\n\n")
            .Append("This layer is built from the sources below. Reuse it on the terms of each source's licence and credit it as shown.\n");
        foreach (var source in layer.Sources)
        {
            text.Append('\n').Append(source.Name).Append(" (").Append(source.Vintage).Append(")\n")
                .Append("  Source:      ").Append(source.Url).Append('\n')
                .Append("  Licence:     ").Append(source.Licence).Append(", ").Append(source.LicenceUrl).Append('\n')
                .Append("  Attribution: ").Append(source.Attribution).Append('\n');
        }

        return text.ToString();
    }

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
