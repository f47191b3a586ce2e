using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>
/// The frame of every API page: title, breadcrumb trail, the same resource as JSON, and the sources' attribution and
/// licences. Styles come from /css/api.css: the CSP allows no inline style or script.
/// </summary>
internal static class HtmlLayout
{
    public const string SiteName = "OpportunityMap";

    /// <param name="trail">The pages above this one, outermost first (the map and the collections list come first).</param>
    /// <param name="alternate">This resource in its JSON form (href, media type).</param>
    public static HtmlResult Page(
        HttpRequest request, string title, IEnumerable<(string Href, string Text)> trail, (string Href, string Type) alternate,
        IReadOnlyList<LayerSource> sources, Action<HtmlWriter> main)
    {
        var root = RequestUrls.Base(request);
        var html = new HtmlWriter();
        html.Raw("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text(title).Raw(" · ").Text(SiteName).Raw("</title>\n")
            .Raw("<link rel=\"stylesheet\"").Attribute("href", root + "/css/api.css").Raw(">\n")
            .Raw("<link rel=\"icon\" type=\"image/svg+xml\"").Attribute("href", root + "/favicon.svg").Raw(">\n")
            .Raw("<link rel=\"alternate\"").Attribute("type", alternate.Type).Attribute("href", alternate.Href).Raw(">\n")
            .Raw("</head>\n<body>\n<header class=\"api-header\">\n<nav aria-label=\"Breadcrumb\">\n<ol>\n")
            .Raw("<li>").Link(root + "/", SiteName + " map").Raw("</li>\n");
        foreach (var (href, text) in trail)
        {
            html.Raw("<li>").Link(href, text).Raw("</li>\n");
        }

        html.Raw("<li aria-current=\"page\">").Text(title).Raw("</li>\n</ol>\n</nav>\n</header>\n<main>\n")
            .Element("h1", title).Raw("\n");
        main(html);
        html.Raw("<p class=\"api-formats\">This page as ").Link(alternate.Href, "JSON", alternate.Type)
            .Raw(" · ").Link(root + "/api", "API definition (OpenAPI)", MediaTypes.OpenApiJson)
            .Raw(" · ").Link(root + "/conformance?f=html", "Conformance").Raw("</p>\n</main>\n<footer class=\"api-footer\">\n");
        if (sources.Count > 0)
        {
            html.Raw("<h2>Sources and licences</h2>\n<ul>\n");
            foreach (var source in sources)
            {
                html.Raw("<li>").Link(source.Url, source.Name).Raw(" (").Text(source.Vintage).Raw("): ").Text(source.Attribution)
                    .Raw(". Licence: ").Link(source.LicenceUrl, source.Licence).Raw(".</li>\n");
            }

            html.Raw("</ul>\n");
        }

        html.Raw("<p>Served as OGC API - Features by ").Text(SiteName).Raw(".</p>\n</footer>\n</body>\n</html>\n");
        return new HtmlResult(html.ToString());
    }

    /// <summary>The collections list, first step of every trail.</summary>
    public static (string Href, string Text) CollectionsCrumb(HttpRequest request) =>
        (RequestUrls.Base(request) + "/collections?f=html", "Collections");

    public static (string Href, string Text) CollectionCrumb(HttpRequest request, LayerMetadata layer) =>
        (RequestUrls.Collection(request, layer.Id) + "?f=html", layer.Title);
}
