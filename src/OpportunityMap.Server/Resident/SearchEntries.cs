using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;

namespace OpportunityMap.Server.Resident;

/// <summary>How each searchable layer's features become search entries: kind, label, keys, localised detail.</summary>
internal static class SearchEntries
{
    // Also the ranking of kinds within a tier (docs/api.md).
    private static readonly IReadOnlyList<(string Layer, string Kind)> Kinds =
    [
        (LayerIds.Zips, "zip"), (LayerIds.Municipalities, "municipality"), (LayerIds.Redlining, "holc"),
        (LayerIds.Neighborhoods, "neighborhood"), (LayerIds.Tracts, "tract"), (LayerIds.Resources, "resource"),
    ];

    public static bool Indexes(string layerId) => Kinds.Any(k => k.Layer == layerId);

    public static SearchEntry Create(LayerMetadata layer, LayerFeature feature)
    {
        var order = Kinds.Select(k => k.Layer).ToList().IndexOf(layer.Id);
        var kind = Kinds[order].Kind;
        var (label, keys) = LabelAndKeys(layer, feature);
        var centre = feature.Geometry is Point point ? point : feature.Geometry.InteriorPoint;
        var envelope = feature.Geometry.EnvelopeInternal;
        double[]? bbox = feature.Geometry is Point ? null : [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY];
        var byLanguage = ResidentStrings.Languages.ToDictionary(lang => lang, lang =>
        {
            var strings = ResidentStrings.For(lang);
            return new SearchResult(kind, feature.Id, layer.Id, kind == "neighborhood" ? strings.Format("neighborhood.label", feature.Id) : label,
                Detail(layer, feature, strings), centre.X, centre.Y, bbox);
        });
        var allKeys = keys.Concat(kind == "neighborhood"
            ? ResidentStrings.Languages.Select(lang => ResidentStrings.For(lang).Format("neighborhood.label", feature.Id))
            : []);
        return new SearchEntry([.. allKeys.Select(SearchText.Normalize).Distinct()], order, byLanguage);
    }

    private static (string Label, IEnumerable<string> Keys) LabelAndKeys(LayerMetadata layer, LayerFeature feature)
    {
        switch (layer.Id)
        {
            case LayerIds.Redlining:
                // "D8" is also typed "D 8" or "d-8"; normalising makes those "d 8".
                var id = feature.Id;
                return (id, [id, id.Length > 1 ? $"{id[..1]} {id[1..]}" : id]);
            case LayerIds.Neighborhoods:
                return (feature.Id, [feature.Id, $"NPA {feature.Id}"]);
            case LayerIds.Tracts:
                var name = layer.Text(feature, "name");
                return (name ?? feature.Id, name is null ? [feature.Id] : [name, feature.Id]);
            case LayerIds.Resources:
                var resource = layer.Text(feature, "name") ?? feature.Id;
                return (resource, [resource]);
            default:
                return (feature.Id, [feature.Id]);
        }
    }

    private static string Detail(LayerMetadata layer, LayerFeature feature, ResidentStrings strings) => layer.Id switch
    {
        LayerIds.Zips => strings.Format("search.zip", layer.Text(feature, "post_office_city")),
        LayerIds.Municipalities => strings.Get(Equals(layer.Value(feature, "incorporated"), false) ? "search.unincorporated" : "search.municipality"),
        LayerIds.Redlining => strings.Format("search.holc", layer.Text(feature, "grade"),
            strings.Find($"holc.category.{layer.Text(feature, "category")}") ?? layer.Text(feature, "category")),
        LayerIds.Neighborhoods => strings.Get("search.neighborhood"),
        LayerIds.Tracts => strings.Format("search.tract", feature.Id),
        _ => ResourceDetail(layer, feature, strings),
    };

    private static string ResourceDetail(LayerMetadata layer, LayerFeature feature, ResidentStrings strings)
    {
        var category = layer.Text(feature, "category");
        var label = strings.Find($"category.{category}") ?? category ?? "";
        return layer.Text(feature, "address") is { } address ? strings.Format("search.resource", label, address) : label;
    }
}
