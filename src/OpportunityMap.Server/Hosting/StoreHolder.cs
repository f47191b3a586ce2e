using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.Hosting;

/// <summary>
/// Holds the current store; a reload swaps it atomically. Each request resolves <see cref="IFeatureStore"/> once
/// (a scoped service reading <see cref="Current"/>), so a request that began before a swap finishes on the store
/// it started with and no response mixes old and new data.
/// </summary>
internal sealed class StoreHolder(IFeatureStore initial)
{
    private volatile IFeatureStore _current = initial;

    public IFeatureStore Current => _current;

    public void Swap(IFeatureStore next) => _current = next;

    /// <summary>Swaps in <paramref name="next"/> only if <paramref name="expected"/> is still current (no reload came between).</summary>
    public bool TrySwap(IFeatureStore expected, IFeatureStore next) =>
        ReferenceEquals(Interlocked.CompareExchange(ref _current, next, expected), expected);
}
