namespace OpportunityMap.Server.Ogc;

/// <summary>Sources as the API writes them: a "sources" array of {name, url, licence, licenceUrl, attribution, vintage}.</summary>
internal static class SourceJson
{
    public static void WriteArray(Utf8JsonWriter writer, IEnumerable<LayerSource> sources)
    {
        writer.WriteObjects("sources", sources, source =>
        {
            writer.WriteString("name", source.Name);
            writer.WriteString("url", source.Url);
            writer.WriteString("licence", source.Licence);
            writer.WriteString("licenceUrl", source.LicenceUrl);
            writer.WriteString("attribution", source.Attribution);
            writer.WriteString("vintage", source.Vintage);
        });
    }
}
