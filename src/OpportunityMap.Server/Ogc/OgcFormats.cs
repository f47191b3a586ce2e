using OpportunityMap.Server.Http;

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
}
