namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// The classes of one choropleth layer (<see cref="MapStyle.Choropleths"/>) for one group of children (<c>all</c>: the
/// default map of household income; <c>black</c>, <c>white</c>: <see cref="MapStyle.GroupChoropleths"/>), over the
/// features with enough children behind their value (docs/data.md, "Small numbers"): the page colours and its legend
/// read them from <c>/map-config</c>, the server's images use the same. Black and white children's classes are one set,
/// computed over both groups' values, so the two maps' colours compare.
/// </summary>
internal sealed record ChoroplethClasses(string Collection, string Property, QuantileClasses Classes, string Group = ChoroplethClasses.All)
{
    public const string All = "all";

    /// <summary>The classes of every choropleth layer of the generation, computed once.</summary>
    public static Task<IReadOnlyList<ChoroplethClasses>> ForAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        generation.GetAsync<IReadOnlyList<ChoroplethClasses>>(nameof(ChoroplethClasses), async (g, token) =>
        {
            var result = new List<ChoroplethClasses>();
            foreach (var (collection, property) in MapStyle.Choropleths)
            {
                if (g.FindLayer(collection) is not { } layer || layer.IndexOf(property) is var index && index < 0)
                {
                    continue;
                }

                var tooFew = layer.IndexOf("too_few_children");
                var features = (await g.LayerAsync(collection, token)).Features.Where(f => tooFew < 0 || f.Values[tooFew] is not true);
                result.Add(new ChoroplethClasses(collection, property, new QuantileClasses(features.Select(f => Number(f, index)), MapStyle.ClassCount)));
            }

            foreach (var (collection, groups) in MapStyle.GroupChoropleths)
            {
                if (g.FindLayer(collection) is not { } layer || groups.Any(group => layer.IndexOf(group.Property) < 0 || layer.IndexOf(group.Children) < 0))
                {
                    continue;
                }

                var features = (await g.LayerAsync(collection, token)).Features;
                var values = groups.SelectMany(group => features
                    .Where(f => !SmallNumbers.TooFew(Number(f, layer.IndexOf(group.Children))))
                    .Select(f => Number(f, layer.IndexOf(group.Property))));
                var classes = new QuantileClasses(values, MapStyle.ClassCount);
                result.AddRange(groups.Select(group => new ChoroplethClasses(collection, group.Property, classes, group.Group)));
            }

            return result;
        }, cancellationToken);

    /// <summary>The feature's value at <paramref name="index"/> as a number, or null (also for no such property, -1).</summary>
    public static double? Number(LayerFeature feature, int index) => index < 0 ? null : feature.Values[index] switch
    {
        double d => d,
        long l => l,
        _ => null,
    };
}
