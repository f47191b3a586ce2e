using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>HTML views of the collections list, one collection, its queryables, and the conformance declaration.</summary>
internal static class CollectionPages
{
    public static HtmlResult Collections(HttpRequest request, IReadOnlyList<LayerMetadata> layers)
    {
        var root = RequestUrls.Base(request);
        return HtmlLayout.Page(request, "Collections", [], (root + "/collections", MediaTypes.Json), [], html =>
        {
            html.Raw("<p>The layers of the map, published through OGC API - Features: browse them here, or open them in QGIS, ArcGIS or GDAL at ")
                .Element("code", root + "/").Raw(".</p>\n")
                .Raw("<table>\n<caption>Published collections</caption>\n<thead><tr>")
                .Raw("<th scope=\"col\">Collection</th><th scope=\"col\">Description</th><th scope=\"col\">Geometry</th>")
                .Raw("<th scope=\"col\">Downloads</th><th scope=\"col\">Licence</th></tr></thead>\n<tbody>\n");
            foreach (var layer in layers)
            {
                var items = RequestUrls.Items(request, layer.Id);
                html.Raw("<tr><th scope=\"row\">").Link(RequestUrls.Collection(request, layer.Id) + "?f=html", layer.Title)
                    .Raw("<br><code>").Text(layer.Id).Raw("</code></th><td>").Text(layer.Description)
                    .Raw("</td><td>").Text(layer.GeometryType)
                    .Raw("</td><td>").Link(items + "?f=html", "Table").Raw(" · ").Link(items, "GeoJSON", MediaTypes.GeoJson)
                    .Raw(" · ").Link(items + "?f=csv&limit=10000", "CSV", MediaTypes.Csv).Raw("</td><td>");
                Licences(html, layer);
                html.Raw("</td></tr>\n");
            }

            html.Raw("</tbody>\n</table>\n");
        });
    }

    public static HtmlResult Collection(HttpRequest request, LayerMetadata layer)
    {
        var collection = RequestUrls.Collection(request, layer.Id);
        var items = RequestUrls.Items(request, layer.Id);
        return HtmlLayout.Page(request, layer.Title, [HtmlLayout.CollectionsCrumb(request)], (collection, MediaTypes.Json), layer.Sources, html =>
        {
            html.Element("p", layer.Description).Raw("\n<ul class=\"api-actions\">\n")
                .Raw("<li>").Link(items + "?f=html", "Browse the features").Raw("</li>\n")
                .Raw("<li>").Link(MapLink(request, layer.Id, center: null), "Show on the map").Raw("</li>\n")
                .Raw("<li>").Link(items + "?limit=10000", "Download GeoJSON", MediaTypes.GeoJson).Raw("</li>\n")
                .Raw("<li>").Link(items + "?f=csv&limit=10000", "Download CSV (WKT geometry)", MediaTypes.Csv).Raw("</li>\n")
                .Raw("<li>").Link(collection + "/queryables?f=html", "Queryable properties").Raw("</li>\n</ul>\n")
                .Raw("<dl>\n<dt>Collection id</dt><dd><code>").Text(layer.Id).Raw("</code></dd>\n")
                .Raw("<dt>Geometry</dt><dd>").Text(layer.GeometryType).Raw("</dd>\n")
                .Raw("<dt>Extent (longitude, latitude)</dt><dd>").Number(layer.Extent.MinX).Raw(", ").Number(layer.Extent.MinY)
                .Raw(" to ").Number(layer.Extent.MaxX).Raw(", ").Number(layer.Extent.MaxY).Raw("</dd>\n")
                .Raw("<dt>Coordinate reference systems (<code>crs</code>)</dt><dd><ul>");
            foreach (var crs in OutputCrs.All)
            {
                html.Raw("<li><code>").Text(crs.Code).Raw("</code> ").Text(crs.Uri).Raw("</li>");
            }

            html.Raw("</ul></dd>\n<dt>Storage CRS</dt><dd>").Text(OutputCrs.Crs84.Uri).Raw("</dd>\n</dl>\n");
            PropertyTable(html, "Properties of " + layer.Title, layer.Properties, withQueryable: true);
        });
    }

    public static HtmlResult Queryables(HttpRequest request, LayerMetadata layer)
    {
        var collection = RequestUrls.Collection(request, layer.Id);
        var queryables = layer.Properties.Where(p => p.Queryable).ToList();
        return HtmlLayout.Page(
            request, $"{layer.Title}: queryable properties", [HtmlLayout.CollectionsCrumb(request), HtmlLayout.CollectionCrumb(request, layer)],
            (collection + "/queryables", MediaTypes.JsonSchema), layer.Sources, html =>
            {
                html.Raw("<p>Filter the features by any of these: ").Element("code", $"/collections/{layer.Id}/items?{queryables.FirstOrDefault()?.Name ?? "name"}=value")
                    .Raw(".</p>\n");
                PropertyTable(html, "Queryable properties of " + layer.Title, queryables, withQueryable: false);
            });
    }

    public static HtmlResult Conformance(HttpRequest request, IEnumerable<string> classes)
    {
        var root = RequestUrls.Base(request);
        return HtmlLayout.Page(request, "Conformance", [HtmlLayout.CollectionsCrumb(request)], (root + "/conformance", MediaTypes.Json), [], html =>
        {
            html.Raw("<p>The OGC API standards and parts this service implements.</p>\n<ul>\n");
            foreach (var uri in classes)
            {
                html.Raw("<li>").Link(uri, uri).Raw("</li>\n");
            }

            html.Raw("</ul>\n");
        });
    }

    /// <summary>The map page showing this layer, centred on a lat/lon when given (the shared view-state query).</summary>
    public static string MapLink(HttpRequest request, string layerId, (double Lat, double Lon)? center)
    {
        var query = "?layers=" + Uri.EscapeDataString(layerId);
        if (center is { } c)
        {
            query += FormattableString.Invariant($"&c={Math.Round(c.Lat, 5)},{Math.Round(c.Lon, 5)}&z=15&pt={Math.Round(c.Lat, 5)},{Math.Round(c.Lon, 5)}");
        }

        return RequestUrls.Base(request) + "/" + query;
    }

    private static void Licences(HtmlWriter html, LayerMetadata layer)
    {
        var first = true;
        foreach (var source in layer.Sources.DistinctBy(s => s.LicenceUrl))
        {
            html.Raw(first ? "" : "; ").Link(source.LicenceUrl, source.Licence);
            first = false;
        }
    }

    private static void PropertyTable(HtmlWriter html, string caption, IEnumerable<PropertyDefinition> properties, bool withQueryable)
    {
        html.Raw("<table>\n<caption>").Text(caption).Raw("</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th>")
            .Raw("<th scope=\"col\">Title</th><th scope=\"col\">Description</th>")
            .Raw(withQueryable ? "<th scope=\"col\">Queryable</th>" : "").Raw("</tr></thead>\n<tbody>\n");
        foreach (var property in properties)
        {
            html.Raw("<tr><th scope=\"row\"><code>").Text(property.Name).Raw("</code></th><td>").Text(property.Type.ToString().ToLowerInvariant())
                .Raw("</td><td>").Text(property.Title).Raw("</td><td>").Text(property.Description).Raw("</td>");
            if (withQueryable)
            {
                html.Raw("<td>").Text(property.Queryable ? "yes" : "no").Raw("</td>");
            }

            html.Raw("</tr>\n");
        }

        html.Raw("</tbody>\n</table>\n");
    }
}
