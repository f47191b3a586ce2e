using OpportunityMap.Core.Nation;
using OpportunityMap.Ingest;
using OpportunityMap.Ingest.National;
using OpportunityMap.Server.HolcCities;

namespace OpportunityMap.Server.Nation;

/// <summary>
/// The national tables (geodata/manifest.json, <c>tables</c>) as artefacts of a generation: read from
/// <c>Geodata:Source</c> on first use or by the warm-up, never at start-up, since the files are large and the
/// Charlotte map comes first. Both stores read them from that directory (PostGIS holds only the layers). A null
/// answer means the manifest has no such table; unreadable files throw <see cref="ImportException"/>.
/// </summary>
internal sealed class NationalData(IOptions<GeodataOptions> geodata, ILogger<NationalData> logger)
{
    public Task<CountyTable?> CountiesAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        Artefact(generation, NationalTables.CountyBenchmarks, (tables, table, _, token) =>
            Task.FromResult(new CountyTable(table, tables.ReadCounties(token))), cancellationToken);

    public Task<HolcCityTable?> HolcCitiesAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        Artefact(generation, NationalTables.HolcCities, async (tables, table, g, token) =>
        {
            var lookup = tables.ReadHolcLookup(token);
            var report = HolcCityMobility.Blend(lookup.Rows, lookup.Tracts);
            var cities = await HolcCityCatalog.ForAsync(g, token) ?? [];
            // The two files of Mapping Inequality spell a few cities differently (South Bend, SouthBend): joined loosely.
            var onMap = cities.GroupBy(c => CityKeys.Loose(c.Key), StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.First().Key, StringComparer.Ordinal);
            var keys = report.Cities
                .Select(c => (c.CityKey, Map: onMap.GetValueOrDefault(CityKeys.Loose(c.CityKey))))
                .Where(c => c.Map is not null)
                .ToDictionary(c => c.CityKey, c => c.Map!, StringComparer.Ordinal);
            return new HolcCityTable(table, report, keys);
        }, cancellationToken);

    // One artefact per table and generation; the files are read off the caller's thread.
    private async Task<T?> Artefact<T>(
        DataGeneration generation, string id, Func<NationalTables, NationalTable, DataGeneration, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        var result = await generation.GetAsync($"nation:{id}", (g, token) => Task.Run(async () =>
        {
            try
            {
                var tables = NationalTables.Open(Path.GetFullPath(geodata.Value.Source), geodata.Value.ResolveManifest());
                return tables.Describe(id) is { } table ? new Box<T>(await read(tables, table, g, token)) : new Box<T>(null);
            }
            catch (ImportException e)
            {
                logger.LogError(e, "The national table {Table} could not be read", id);
                throw;
            }
        }, token), cancellationToken);
        return result.Value;
    }

    private sealed record Box<T>(T? Value);

    /// <summary>
    /// Reads both tables for a generation that has every HOLC city: with <c>Geodata:NationalHolc=Background</c> the
    /// first generation has only Charlotte and is replaced within seconds, so it is left alone.
    /// </summary>
    internal sealed class Warmup(NationalData data) : IGenerationWarmup
    {
        public async Task WarmAsync(DataGeneration generation, CancellationToken cancellationToken)
        {
            if (generation.FindLayer(LayerIds.NationalRedlining) is null)
            {
                return;
            }

            await data.CountiesAsync(generation, cancellationToken);
            await data.HolcCitiesAsync(generation, cancellationToken);
        }
    }
}
