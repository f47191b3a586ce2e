namespace OpportunityMap.Server.Downloads;

/// <summary>A download's file suffix, media type and what it is.</summary>
internal sealed record DownloadFormat(string Suffix, string MediaType, string Title)
{
    public static readonly IReadOnlyList<DownloadFormat> All =
    [
        new(".geojson", MediaTypes.GeoJson, "GeoJSON (EPSG:4326, lon/lat)"),
        new(".csv", MediaTypes.Csv + "; charset=utf-8", "CSV (WKT geometry column)"),
        new(".gpkg", "application/geopackage+sqlite3", "GeoPackage (EPSG:4326; sources and licence inside)"),
        new(".LICENSE.txt", "text/plain; charset=utf-8", "Licence and attribution"),
    ];

    /// <summary>The collection id and format of a file name such as <c>zip-mobility.gpkg</c>, or null.</summary>
    public static (string CollectionId, DownloadFormat Format)? Parse(string file)
    {
        foreach (var format in All)
        {
            if (file.Length > format.Suffix.Length && file.EndsWith(format.Suffix, StringComparison.Ordinal))
            {
                return (file[..^format.Suffix.Length], format);
            }
        }

        return null;
    }
}
