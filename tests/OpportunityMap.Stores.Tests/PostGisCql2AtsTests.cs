namespace OpportunityMap.Stores.Tests;

/// <summary>The CQL2 suite on PostgreSQL + PostGIS, through the read-only role the API uses.</summary>
public sealed class PostGisCql2AtsTests(PostGisCql2AtsTests.Database database)
    : Cql2AtsTests(database.GetAsync), IClassFixture<PostGisCql2AtsTests.Database>
{
    /// <summary>One database with the three collections for the whole class, made on first use (so a missing cluster skips).</summary>
    public sealed class Database : IAsyncDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);
        private PostGisDatabase? _database;
        private PostGisStore? _store;

        public async Task<IFeatureStore> GetAsync()
        {
            await _gate.WaitAsync(TestContext.Current.CancellationToken);
            try
            {
                if (_store is null)
                {
                    _database = await PostGisDatabase.CreateAsync(TestContext.Current.CancellationToken);
                    var layers = await Cql2Ats.LayersAsync();
                    await _database.Importer().ImportAsync(layers, DataVersion.Compute(layers), TestContext.Current.CancellationToken);
                    _store = new PostGisStore(new PostGisOptions { ConnectionString = _database.ReaderConnectionString });
                }

                return _store;
            }
            finally
            {
                _gate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_store is not null)
            {
                await _store.DisposeAsync();
            }

            if (_database is not null)
            {
                await _database.DisposeAsync();
            }

            _gate.Dispose();
        }
    }
}
