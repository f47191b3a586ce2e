namespace OpportunityMap.Stores.Tests;

/// <summary>The filter contract on PostgreSQL + PostGIS, through the read-only role the API uses.</summary>
public sealed class PostGisFilterContractTests(PostGisFilterContractTests.Database database)
    : FilterContractTests(database.Store), IClassFixture<PostGisFilterContractTests.Database>
{
    /// <summary>One database with the filter layer for the whole class (creating one is slow).</summary>
    public sealed class Database : IAsyncLifetime
    {
        private PostGisDatabase? _database;

        public IFeatureStore Store { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _database = await PostGisDatabase.CreateAsync(TestContext.Current.CancellationToken);
            await _database.Importer().ImportAsync([Layer], "v1", TestContext.Current.CancellationToken);
            Store = new PostGisStore(new PostGisOptions { ConnectionString = _database.ReaderConnectionString });
        }

        public async ValueTask DisposeAsync()
        {
            if (Store is PostGisStore store)
            {
                await store.DisposeAsync();
            }

            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
