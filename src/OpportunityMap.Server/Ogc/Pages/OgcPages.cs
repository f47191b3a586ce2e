namespace OpportunityMap.Server.Ogc.Pages;

/// <summary>The f=html representations of the OGC resources: each a Razor component rendered as the response.</summary>
internal static class OgcPages
{
    public static RazorComponentResult<CollectionsPage> Collections(HttpRequest request, IReadOnlyList<LayerMetadata> layers) => new(
        new Dictionary<string, object?> { [nameof(CollectionsPage.Request)] = request, [nameof(CollectionsPage.Layers)] = layers });

    public static RazorComponentResult<CollectionPage> Collection(HttpRequest request, LayerMetadata layer) => new(
        new Dictionary<string, object?> { [nameof(CollectionPage.Request)] = request, [nameof(CollectionPage.Layer)] = layer });

    public static RazorComponentResult<QueryablesPage> Queryables(HttpRequest request, LayerMetadata layer) => new(
        new Dictionary<string, object?> { [nameof(QueryablesPage.Request)] = request, [nameof(QueryablesPage.Layer)] = layer });

    public static RazorComponentResult<SchemaPage> Schema(HttpRequest request, LayerMetadata layer) => new(
        new Dictionary<string, object?> { [nameof(SchemaPage.Request)] = request, [nameof(SchemaPage.Layer)] = layer });

    public static RazorComponentResult<ConformancePage> Conformance(HttpRequest request, IEnumerable<string> classes) => new(
        new Dictionary<string, object?> { [nameof(ConformancePage.Request)] = request, [nameof(ConformancePage.Classes)] = classes });

    /// <param name="previous">The previous page (the same query and format), or null on the first.</param>
    /// <param name="next">The next page, or null on the last.</param>
    public static RazorComponentResult<ItemsPage> Items(
        HttpRequest request, LayerMetadata layer, FeatureQuery query, FeatureOutput output, FeaturePage page, string? previous, string? next) => new(
        new Dictionary<string, object?>
        {
            [nameof(ItemsPage.Request)] = request,
            [nameof(ItemsPage.Layer)] = layer,
            [nameof(ItemsPage.Query)] = query,
            [nameof(ItemsPage.Page)] = page,
            [nameof(ItemsPage.Columns)] = output.Properties(layer).ToList(),
            [nameof(ItemsPage.Previous)] = previous,
            [nameof(ItemsPage.Next)] = next,
        });

    public static RazorComponentResult<ItemPage> Item(HttpRequest request, LayerMetadata layer, LayerFeature feature, FeatureOutput output) => new(
        new Dictionary<string, object?>
        {
            [nameof(ItemPage.Request)] = request,
            [nameof(ItemPage.Layer)] = layer,
            [nameof(ItemPage.Feature)] = feature,
            [nameof(ItemPage.Columns)] = output.Properties(layer).ToList(),
        });
}
