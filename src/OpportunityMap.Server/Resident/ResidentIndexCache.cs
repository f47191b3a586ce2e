using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Server.Resident;

/// <summary>
/// Holds the <see cref="ResidentIndex"/> of the current data version: built on first use, rebuilt when the store's
/// data version changes (a reload), shared by every request in between.
/// </summary>
internal sealed class ResidentIndexCache
{
    private readonly Lock _lock = new();
    private (string Version, Task<ResidentIndex> Index)? _current;

    public async Task<ResidentIndex> GetAsync(IFeatureStore store, CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken);
        Task<ResidentIndex> task;
        lock (_lock)
        {
            if (_current is not { } current || current.Version != version || current.Index.IsFaulted || current.Index.IsCanceled)
            {
                // Built on its own token: one caller giving up must not fail the build others wait for.
                _current = current = (version, ResidentIndex.BuildAsync(store, Projections.NorthCarolinaFeet, CancellationToken.None));
            }

            task = current.Index;
        }

        return await task.WaitAsync(cancellationToken);
    }
}
