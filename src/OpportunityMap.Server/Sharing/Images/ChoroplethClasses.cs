using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// The classes of one choropleth layer (<see cref="MapStyle.Choropleths"/>), over all its features: the page colours
/// and its legend read them from <c>/map-config</c>, the server's images use the same.
/// </summary>
internal sealed record ChoroplethClasses(string Collection, string Property, QuantileClasses Classes)
{
    /// <summary>The classes of every choropleth layer the store has.</summary>
    public static async Task<IReadOnlyList<ChoroplethClasses>> ComputeAsync(IFeatureStore store, CancellationToken cancellationToken)
    {
        var layers = await store.GetLayersAsync(cancellationToken);
        var result = new List<ChoroplethClasses>();
        foreach (var (collection, property) in MapStyle.Choropleths)
        {
            if (layers.FirstOrDefault(l => l.Id == collection) is not { } layer || layer.IndexOf(property) is var index && index < 0)
            {
                continue;
            }

            var page = await store.QueryAsync(collection, FeatureQuery.All(), cancellationToken);
            result.Add(new ChoroplethClasses(collection, property, new QuantileClasses(page.Features.Select(f => Number(f, index)), MapStyle.ClassCount)));
        }

        return result;
    }

    /// <summary>The feature's value of <see cref="Property"/> as a number, or null.</summary>
    public static double? Number(LayerFeature feature, int index) => feature.Values[index] switch
    {
        double d => d,
        long l => l,
        _ => null,
    };
}
