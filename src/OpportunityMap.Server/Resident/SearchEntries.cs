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

    /// <summary>The kind of result a searchable layer's features are ("zip", "holc", …).</summary>
    public static string KindOf(string layerId) => Kinds.Single(k => k.Layer == layerId).Kind;

    public static SearchEntry Create(LayerMetadata layer, LayerFeature feature)
    {
        var order = Kinds.Select(k => k.Layer).ToList().IndexOf(layer.Id);
        var kind = Kinds[order].Kind;
        var (label, keys) = LabelAndKeys(layer, feature);
        var centre = Centre(feature.Geometry);
        var envelope = feature.Geometry.EnvelopeInternal;
        double[]? bbox = feature.Geometry is Point ? null : [envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY];
        var byLanguage = Strings.Languages.ToDictionary(lang => lang, lang =>
        {
            var strings = Strings.For(lang);
            return new SearchResult(kind, feature.Id, layer.Id, kind == "neighborhood" ? NeighborhoodLabel(strings, feature) : label,
                Detail(layer, feature, strings), centre.X, centre.Y, bbox);
        });
        var allKeys = keys.Concat(kind == "neighborhood"
            ? Strings.Languages.Select(lang => NeighborhoodLabel(Strings.For(lang), feature))
            : []);
        return new SearchEntry([.. allKeys.Select(SearchText.Normalize).Distinct()], order, byLanguage);
    }

    private static string NeighborhoodLabel(Strings strings, LayerFeature feature) =>
        strings.Format("card.neighborhood.label", ("id", feature.Id));

    // A point inside the largest part: the whole's InteriorPoint can land in a small outlying piece (Davidson's
    // part in Iredell County, outside every layer of the card).
    internal static Point Centre(Geometry geometry) => geometry switch
    {
        Point point => point,
        MultiPolygon multi => multi.Geometries.MaxBy(part => part.Area)!.InteriorPoint,
        _ => geometry.InteriorPoint,
    };

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

    internal static string Detail(LayerMetadata layer, LayerFeature feature, Strings strings) => layer.Id switch
    {
        LayerIds.Zips => strings.Format("search.detail.zip", ("city", TitleCase(layer.Text(feature, "post_office_city")))),
        LayerIds.Municipalities => Equals(layer.Value(feature, "incorporated"), false)
            ? strings.Text("search.detail.unincorporated")
            : strings.Text("search.detail.municipality"),
        LayerIds.Redlining => HolcDetail(layer.Text(feature, "grade"), layer.Text(feature, "category"), strings),
        LayerIds.Neighborhoods => strings.Text("search.detail.neighborhood"),
        LayerIds.Tracts => strings.Format("search.detail.tract", ("geoid", feature.Id)),
        _ => ResourceDetail(layer, feature, strings),
    };

    // The county writes post office names in capitals ("CHARLOTTE"); a second line reads better as "Charlotte".
    internal static string TitleCase(string? text) => text is null ? "" : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => word.Length > 1 ? char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant() : word.ToUpperInvariant()));

    private static string HolcDetail(string? grade, string? category, Strings strings) =>
        strings.Format("search.detail.holc", ("grade", grade), ("category", strings.Find($"holc.category.{grade}") ?? category));

    private static string ResourceDetail(LayerMetadata layer, LayerFeature feature, Strings strings)
    {
        var category = layer.Text(feature, "category");
        var label = strings.Find($"category.{category}.one") ?? category ?? "";
        return layer.Text(feature, "address") is { } address
            ? strings.Format("search.detail.resource", ("category", label), ("address", address))
            : label;
    }
}
