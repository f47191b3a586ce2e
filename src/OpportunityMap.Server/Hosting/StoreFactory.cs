using System.Diagnostics;
using OpportunityMap.Stores.InMemory;
using OpportunityMap.Stores.PostGis;

namespace OpportunityMap.Server.Hosting;

/// <summary>Builds the configured store once, at start-up.</summary>
internal static class StoreFactory
{
    public static IFeatureStore Create(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("OpportunityMap.Store");
        return store.Kind switch
        {
            StoreKind.InMemory => CreateInMemory(services.GetRequiredService<IOptions<GeodataOptions>>().Value, logger, CancellationToken.None,
                    startup: true)
                .GetAwaiter().GetResult(),
            StoreKind.PostGis => new PostGisStore(store.ToPostGisOptions()),
            _ => throw new InvalidOperationException($"Store:Kind {store.Kind} is not supported."),
        };
    }

    /// <summary>Imports the reference data and builds an in-memory store of it; throws when the data is bad.</summary>
    /// <param name="startup">At start-up the national HOLC layer may be left to <see cref="NationalHolcBackgroundLoader"/>.</param>
    public static async Task<InMemoryStore> CreateInMemory(GeodataOptions geodata, ILogger logger, CancellationToken cancellationToken, bool startup = false)
    {
        var source = Path.GetFullPath(geodata.Source);
        if (!Directory.Exists(source))
        {
            throw new InvalidOperationException(
                $"The reference data directory '{source}' (Geodata:Source) does not exist. Point Geodata:Source (or the " +
                "environment variable Geodata__Source) at a folder holding the files geodata/manifest.json lists; README says how to get them.");
        }

        var watch = Stopwatch.StartNew();
        var result = await GeodataLoader.ImportAsync(
            geodata, includeNational: !startup || geodata.NationalHolc == NationalHolcLoading.Startup, cancellationToken);
        foreach (var warning in result.Warnings)
        {
            logger.LogWarning("Import: {Warning}", warning);
        }

        var version = Core.Layers.DataVersion.Compute(result.Layers);
        logger.LogInformation(
            "Imported {Layers} layers ({Features} features) from {Source} in {Elapsed} ms, data version {Version}",
            result.Layers.Count, result.Layers.Sum(l => l.Features.Count), source, watch.ElapsedMilliseconds, version);
        return new InMemoryStore(result.Layers, version);
    }
}
