using OpportunityMap.Core.Spatial;
using OpportunityMap.Ingest;
using OpportunityMap.Testing;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// The real reference data, imported once, served by both stores (PostGIS through the read-only role). Built on first
/// use inside a test, so that a missing cluster skips (or, in CI, fails) the test rather than the fixture.
/// </summary>
public sealed class RealDataStores : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostGisDatabase? _database;
    private (InMemoryStore Memory, PostGisStore PostGis)? _stores;

    public async Task<(InMemoryStore Memory, PostGisStore PostGis)> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _stores ??= await CreateAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stores is { } stores)
        {
            await stores.PostGis.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<(InMemoryStore, PostGisStore)> CreateAsync(CancellationToken cancellationToken)
    {
        var database = await PostGisDatabase.CreateAsync(cancellationToken);
        _database = database;
        var imported = await new GeodataImporter(Projections.NorthCarolinaFeet)
            .ImportAsync(TestPaths.Geodata, Path.Combine(TestPaths.ProjectGeodata, "manifest.json"), cancellationToken);
        var version = DataVersion.Compute(imported.Layers);
        await database.Importer().ImportAsync(imported.Layers, version, cancellationToken);
        return (new InMemoryStore(imported.Layers, version), new PostGisStore(new PostGisOptions { ConnectionString = database.ReaderConnectionString }));
    }
}
