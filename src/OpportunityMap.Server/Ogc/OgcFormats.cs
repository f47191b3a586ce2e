namespace OpportunityMap.Server.Ogc;

/// <summary>Content negotiation for the OGC resources.</summary>
internal static class OgcFormats
{
    /// <summary>
    /// <c>f=html</c> or <c>f=csv</c> as given; with no <c>f</c>, HTML for an Accept header that names text/html itself
    /// (a browser; not only through */*), else JSON (GIS clients). Whether a resource has the format, and whether an
    /// unknown <c>f</c> is an error, is the resource's to say.
    /// </summary>
    public static OgcFormat Negotiate(HttpRequest request)
    {
        var f = request.Query["f"];
        if (f.Count > 0)
        {
            return f.Count != 1 ? OgcFormat.Json
                : string.Equals(f[0], "html", StringComparison.OrdinalIgnoreCase) ? OgcFormat.Html
                : string.Equals(f[0], "csv", StringComparison.OrdinalIgnoreCase) ? OgcFormat.Csv
                : OgcFormat.Json;
        }

        return request.GetTypedHeaders().Accept.Any(a => a.Quality is not 0 && a.MediaType.Equals(MediaTypes.Html, StringComparison.OrdinalIgnoreCase))
            ? OgcFormat.Html
            : OgcFormat.Json;
    }

    /// <summary>The formats of a resource that is JSON or an HTML page.</summary>
    public static readonly string[] JsonOrHtml = ["json", "html"];

    /// <summary>
    /// A 400 problem keyed <c>f</c> when <c>f</c> is given but is not one of <paramref name="formats"/> (e.g.
    /// <c>f=xml</c>, which no resource here has); null when it is fine or absent.
    /// </summary>
    public static ValidationProblem? Refuse(HttpRequest request, string[] formats)
    {
        var f = request.Query["f"];
        return f.Count == 0 || (f.Count == 1 && formats.Contains(f[0], StringComparer.OrdinalIgnoreCase))
            ? null
            : Problems.Invalid("f", f.Count > 1
                ? ProblemMessages.RepeatedParameter
                : string.Format(CultureInfo.InvariantCulture, ProblemMessages.FormatUnsupported, string.Join(", ", formats)));
    }
}
