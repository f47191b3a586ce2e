namespace OpportunityMap.Stores.Tests;

/// <summary>The contract on a real PostgreSQL + PostGIS, read through the read-only role the API uses.</summary>
public sealed class PostGisStoreContractTests : StoreContractTests
{
    private PostGisDatabase? _database;
    private PostGisStore? _store;

    protected override async Task<IFeatureStore> CreateStoreAsync(IReadOnlyList<LayerData> layers, string dataVersion)
    {
        _database = await PostGisDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await _database.Importer().ImportAsync(layers, dataVersion, TestContext.Current.CancellationToken);
        _store = new PostGisStore(new PostGisOptions { ConnectionString = _database.ReaderConnectionString });
        return _store;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
