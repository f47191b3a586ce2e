using System.Security.Cryptography;
using OpportunityMap.Ingest;
using OpportunityMap.Stores.InMemory;

namespace OpportunityMap.Server.Hosting;

/// <summary>
/// Adds the national HOLC layer (7,499 areas, about as much import work as all Charlotte layers together) to the
/// in-memory store after start-up, so the Charlotte map is served at once. The swap is a new data version; it is
/// skipped if a reload came first (a reload imports the national layer itself).
/// </summary>
internal sealed class NationalHolcBackgroundLoader(
    GenerationSource generations, IOptions<GeodataOptions> geodata, IOptions<StoreOptions> store, ILogger<NationalHolcBackgroundLoader> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let start-up finish first.
        await Task.Yield();
        if (store.Value.Kind != StoreKind.InMemory || geodata.Value.NationalHolc != NationalHolcLoading.Background
            || await generations.CurrentAsync(stoppingToken) is not { Store: InMemoryStore started } generation)
        {
            return;
        }

        try
        {
            var result = await new GeodataImporter(Projections.NorthCarolinaFeet)
                .ImportNationalAsync(Path.GetFullPath(geodata.Value.Source), geodata.Value.ResolveManifest(), stoppingToken);
            if (result.Layers.Count == 0)
            {
                return;
            }

            foreach (var warning in result.Warnings)
            {
                logger.LogWarning("Import: {Warning}", warning);
            }

            var before = generation.Version;
            var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{before}+{DataVersion.Compute(result.Layers)}")))[..16];
            if (await generations.TrySwapAsync(generation, started.WithLayers(result.Layers, version), stoppingToken))
            {
                logger.LogInformation("Added the national HOLC layer ({Features} areas): data version {Before} -> {After}",
                    result.Layers.Sum(l => l.Features.Count), before, version);
            }
        }
        catch (Exception e) when (e is ImportException or IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The national HOLC layer was not loaded; the Charlotte layers are served as before");
        }
    }
}
