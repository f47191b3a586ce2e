using System.Globalization;
using System.Text.Json;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>HTML views of an items page (a table with paging links) and of one feature (a property table).</summary>
internal static class FeaturePages
{
    // A table cell shows this much of a long text; the feature's own page shows all of it.
    private const int CellLength = 100;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static HtmlResult Items(
        HttpRequest request, LayerMetadata layer, FeatureQuery query, FeatureOutput output, FeaturePage page, string? previous, string? next)
    {
        var items = RequestUrls.Items(request, layer.Id);
        var json = items + WithFormat(request.Query, null);
        var columns = output.Properties(layer).ToList();
        return HtmlLayout.Page(
            request, $"{layer.Title}: features", [HtmlLayout.CollectionsCrumb(request), HtmlLayout.CollectionCrumb(request, layer)],
            (json, MediaTypes.GeoJson), layer.Sources, html =>
            {
                var first = page.Features.Count == 0 ? 0 : query.Offset + 1;
                html.Raw("<p>").Text(string.Format(CultureInfo.InvariantCulture, "Features {0}–{1} of {2}.", first, query.Offset + page.Features.Count, page.NumberMatched))
                    .Raw(" This page as ").Link(json, "GeoJSON", MediaTypes.GeoJson)
                    .Raw(" or ").Link(items + WithFormat(request.Query, "csv"), "CSV", MediaTypes.Csv).Raw(".</p>\n");
                Paging(html, previous, next);
                html.Raw("<div class=\"api-scroll\">\n<table>\n<caption>").Text(layer.Title).Raw(": features ")
                    .Text(first.ToString(CultureInfo.InvariantCulture)).Raw("–").Text((query.Offset + page.Features.Count).ToString(CultureInfo.InvariantCulture))
                    .Raw("</caption>\n<thead><tr><th scope=\"col\">id</th>");
                foreach (var i in columns)
                {
                    html.Raw("<th scope=\"col\"").Attribute("title", layer.Properties[i].Title).Raw(">").Text(layer.Properties[i].Name).Raw("</th>");
                }

                html.Raw("<th scope=\"col\">Map</th></tr></thead>\n<tbody>\n");
                foreach (var feature in page.Features)
                {
                    html.Raw("<tr><th scope=\"row\">").Link(RequestUrls.Item(request, layer.Id, feature.Id) + "?f=html", feature.Id).Raw("</th>");
                    foreach (var i in columns)
                    {
                        html.Raw("<td>").Text(Shorten(Format(layer.Properties[i].Type, feature.Values[i]))).Raw("</td>");
                    }

                    html.Raw("<td>").Link(CollectionPages.MapLink(request, layer.Id, Center(feature)), "Show").Raw("</td></tr>\n");
                }

                html.Raw("</tbody>\n</table>\n</div>\n");
                Paging(html, previous, next);
            });
    }

    public static HtmlResult Item(HttpRequest request, LayerMetadata layer, LayerFeature feature, FeatureOutput output)
    {
        var item = RequestUrls.Item(request, layer.Id, feature.Id);
        return HtmlLayout.Page(
            request, $"{layer.Title}: {feature.Id}",
            [HtmlLayout.CollectionsCrumb(request), HtmlLayout.CollectionCrumb(request, layer), (RequestUrls.Items(request, layer.Id) + "?f=html", "Features")],
            (item + WithFormat(request.Query, null), MediaTypes.GeoJson), layer.Sources, html =>
            {
                var center = Center(feature);
                html.Raw("<ul class=\"api-actions\">\n<li>").Link(CollectionPages.MapLink(request, layer.Id, center), "Show on the map").Raw("</li>\n")
                    .Raw("<li>").Link(item, "GeoJSON", MediaTypes.GeoJson).Raw("</li>\n</ul>\n")
                    .Raw("<table>\n<caption>Properties of ").Text(feature.Id).Raw("</caption>\n")
                    .Raw("<thead><tr><th scope=\"col\">Property</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n");
                foreach (var i in output.Properties(layer))
                {
                    var property = layer.Properties[i];
                    html.Raw("<tr><th scope=\"row\">").Text(property.Title).Raw(" <code>").Text(property.Name).Raw("</code></th><td>");
                    if (property.Type == PropertyType.Json && feature.Values[i] is string text)
                    {
                        html.Raw("<pre>").Text(PrettyJson(text)).Raw("</pre>");
                    }
                    else
                    {
                        html.Text(Format(property.Type, feature.Values[i]));
                    }

                    html.Raw("</td></tr>\n");
                }

                html.Raw("<tr><th scope=\"row\">Geometry</th><td>").Text(feature.Geometry.GeometryType)
                    .Raw(", centred near ").Text(FormattableString.Invariant($"{center.Lat:0.#####}, {center.Lon:0.#####}")).Raw(" (latitude, longitude)</td></tr>\n")
                    .Raw("</tbody>\n</table>\n");
            });
    }

    /// <summary>A value as a person reads it: numbers in invariant culture, null as a dash.</summary>
    public static string Format(PropertyType type, object? value) => value switch
    {
        null => "—",
        double number => number.ToString("G10", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static (double Lat, double Lon) Center(LayerFeature feature)
    {
        var point = feature.Geometry.IsEmpty ? null : feature.Geometry.InteriorPoint;
        return point is null || point.IsEmpty ? (0, 0) : (point.Y, point.X);
    }

    private static string Shorten(string text) => text.Length <= CellLength ? text : string.Concat(text.AsSpan(0, CellLength), "…");

    private static string PrettyJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(document.RootElement, Indented);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static void Paging(HtmlWriter html, string? previous, string? next)
    {
        if (previous is null && next is null)
        {
            return;
        }

        html.Raw("<nav class=\"api-paging\" aria-label=\"Pages\">");
        if (previous is not null)
        {
            html.Raw("<a rel=\"prev\"").Attribute("href", previous).Raw(">Previous page</a>");
        }

        if (next is not null)
        {
            html.Raw("<a rel=\"next\"").Attribute("href", next).Raw(">Next page</a>");
        }

        html.Raw("</nav>\n");
    }

    // The same query with f replaced (or removed when format is null), parameters in their original order.
    private static string WithFormat(IQueryCollection query, string? format)
    {
        var parameters = query.Where(p => p.Key != "f").Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
        if (format is not null)
        {
            parameters = parameters.Append(KeyValuePair.Create("f", (string?)format));
        }

        return QueryString.Create(parameters).ToUriComponent();
    }
}
