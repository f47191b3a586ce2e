namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>The links the pages share: breadcrumbs, the map, and this request in another format.</summary>
internal static class PageLinks
{
    /// <summary>The collections list, first step of every trail.</summary>
    public static (string Href, string Text) CollectionsCrumb(HttpRequest request) =>
        (RequestUrls.Base(request) + "/collections?f=html", "Collections");

    public static (string Href, string Text) CollectionCrumb(HttpRequest request, LayerMetadata layer) =>
        (RequestUrls.Collection(request, layer.Id) + "?f=html", layer.Title);

    /// <summary>The map page showing this layer, centred on a lat/lon when given (the shared view-state query).</summary>
    public static string Map(HttpRequest request, string layerId, (double Lat, double Lon)? center = null)
    {
        var query = "?layers=" + Uri.EscapeDataString(layerId);
        if (center is { } c)
        {
            query += FormattableString.Invariant($"&c={Math.Round(c.Lat, 5)},{Math.Round(c.Lon, 5)}&z=15&pt={Math.Round(c.Lat, 5)},{Math.Round(c.Lon, 5)}");
        }

        return RequestUrls.Base(request) + "/" + query;
    }

    /// <summary>The same query with f replaced (or removed when format is null), parameters in their original order.</summary>
    public static string WithFormat(IQueryCollection query, string? format)
    {
        var parameters = query.Where(p => p.Key != "f").Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()));
        if (format is not null)
        {
            parameters = parameters.Append(KeyValuePair.Create("f", (string?)format));
        }

        return QueryString.Create(parameters).ToUriComponent();
    }
}
