using OpportunityMap.Core.Analysis;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Server.Analysis;

/// <summary>
/// The <see cref="AreaAnalyzer"/> of the data being served, built on first use and rebuilt when the data version
/// changes (a reload). A failed or cancelled build is forgotten, so the next request tries again.
/// </summary>
internal sealed class AnalyzerCache
{
    private readonly Lock _lock = new();
    private (string Version, Task<AreaAnalyzer> Build)? _current;

    public async Task<AreaAnalyzer> GetAsync(IFeatureStore store, CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken);
        Task<AreaAnalyzer> build;
        lock (_lock)
        {
            if (_current is not { } current || current.Version != version || current.Build.IsFaulted || current.Build.IsCanceled)
            {
                _current = (version, AreaAnalyzer.LoadAsync(store, Projections.NorthCarolinaFeet, cancellationToken));
            }

            build = _current.Value.Build;
        }

        return await build.WaitAsync(cancellationToken);
    }
}
