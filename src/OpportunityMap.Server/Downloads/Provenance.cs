namespace OpportunityMap.Server.Downloads;

/// <summary>
/// Where every CSV says what it is and on what terms it may be reused: a <c>Link</c> header to each layer's licence file
/// (rel <c>license</c>, titled with the licences), and for the analysis CSVs, comment lines (<c>#</c>) before the header
/// naming the title, the method, each column's meaning and unit, and every source with its years, licence and attribution.
/// </summary>
internal static class Provenance
{
    /// <summary>The Link header values: each layer's licence file and its collection.</summary>
    public static IEnumerable<string> Links(HttpRequest request, IEnumerable<LayerMetadata> layers) => layers.SelectMany(layer => new[]
    {
        $"<{RequestUrls.Base(request)}/downloads/{Uri.EscapeDataString(layer.Id)}.LICENSE.txt>; rel=\"license\"; title=\"{Quoted(string.Join("; ", layer.Sources.Select(s => s.Licence).Distinct()))}\"",
        $"<{RequestUrls.Collection(request, layer.Id)}>; rel=\"describedby\"; type=\"application/json\"",
    });

    /// <summary>Adds <see cref="Links"/> to the response.</summary>
    public static void AddLinks(HttpResponse response, IEnumerable<LayerMetadata> layers) =>
        response.Headers.Append("Link", string.Join(", ", Links(response.HttpContext.Request, layers)));

    /// <summary>Comment lines: the title, the method, each column (name: meaning), each source.</summary>
    public static void WriteComments(StringBuilder csv, string title, string method, IEnumerable<(string Name, string Text)> columns,
        IEnumerable<LayerSource> sources, Strings strings)
    {
        Comment(csv, title);
        Comment(csv, strings.Format("csv.method", ("url", method)));
        Comment(csv, strings.Text("csv.columns"));
        foreach (var (name, text) in columns)
        {
            Comment(csv, $"  {name}: {text}");
        }

        Comment(csv, strings.Text("csv.sources"));
        foreach (var source in sources)
        {
            Comment(csv, strings.Format("csv.source", ("name", source.Name), ("vintage", source.Vintage), ("licence", source.Licence),
                ("licenceUrl", source.LicenceUrl), ("attribution", source.Attribution), ("url", source.Url)));
        }
    }

    private static void Comment(StringBuilder csv, string text) =>
        csv.Append("# ").Append(text.ReplaceLineEndings(" ")).Append("\r\n");

    private static string Quoted(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
