using OpportunityMap.Core.Analysis;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Spatial;
using OpportunityMap.Server.Hosting;

namespace OpportunityMap.Server.Analysis;

/// <summary>The <see cref="AreaAnalyzer"/> of the data being served, built on first use and rebuilt after a reload.</summary>
internal sealed class AnalyzerCache
{
    private readonly PerVersionCache<AreaAnalyzer> _cache = new();

    public async Task<AreaAnalyzer> GetAsync(IFeatureStore store, CancellationToken cancellationToken) =>
        await _cache.GetAsync(await store.GetDataVersionAsync(cancellationToken), "", token => AreaAnalyzer.LoadAsync(store, Projections.NorthCarolinaFeet, token), cancellationToken);
}
