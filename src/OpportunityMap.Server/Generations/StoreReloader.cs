using OpportunityMap.Ingest;
using OpportunityMap.Server.Hosting;

namespace OpportunityMap.Server.Generations;

/// <summary>
/// Re-imports the reference data and swaps it in. If anything is wrong with the new data, the old store stays in
/// service and the reason is returned. One reload at a time.
/// </summary>
internal sealed class StoreReloader(
    GenerationSource generations, IOptionsMonitor<GeodataOptions> geodata, IOptions<StoreOptions> store, ILogger<StoreReloader> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ReloadOutcome> ReloadAsync(CancellationToken cancellationToken)
    {
        var before = (await generations.CurrentAsync(cancellationToken)).Version;
        if (store.Value.Kind != StoreKind.InMemory)
        {
            return new ReloadOutcome(false, before, "Store:Kind is PostGis: load new data with the 'import' command, which switches readers over atomically.");
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var next = await StoreFactory.CreateInMemory(geodata.CurrentValue, logger, cancellationToken);
            var after = (await generations.SwapAsync(next, cancellationToken)).Version;
            logger.LogInformation("Reloaded: data version {Before} -> {After}", before, after);
            return new ReloadOutcome(true, after, null);
        }
        catch (Exception e) when (e is ImportException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Reload failed; still serving data version {Version}", before);
            return new ReloadOutcome(false, before, e.Message);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal sealed record ReloadOutcome(bool Reloaded, string DataVersion, string? Error);
}
