using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Generations;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// The classes of one choropleth layer (<see cref="MapStyle.Choropleths"/>), over all its features: the page colours
/// and its legend read them from <c>/map-config</c>, the server's images use the same.
/// </summary>
internal sealed record ChoroplethClasses(string Collection, string Property, QuantileClasses Classes)
{
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

                var features = (await g.LayerAsync(collection, token)).Features;
                result.Add(new ChoroplethClasses(collection, property, new QuantileClasses(features.Select(f => Number(f, index)), MapStyle.ClassCount)));
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
