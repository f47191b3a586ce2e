using Npgsql;

namespace OpportunityMap.Stores.Tests;

/// <summary>The store's cache of the current load: never stale, right when tiny, and the same instances each time.</summary>
public sealed class PostGisCacheTests : IAsyncLifetime
{
    private PostGisDatabase _database = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await PostGisDatabase.CreateAsync(Token);
        await _database.Importer().ImportAsync([SyntheticLayers.Squares("a"), SyntheticLayers.Points()], "A", Token);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private PostGisStore Store(int featureCacheSize = 100_000) =>
        new(new PostGisOptions { ConnectionString = _database.ReaderConnectionString, FeatureCacheSize = featureCacheSize });

    [Fact]
    public async Task SameFeatureAgain_IsTheSameInstance_SoTheApiEncodesItOnce()
    {
        await using var store = Store();

        var first = await store.QueryAsync("squares", FeatureQuery.All(), Token);
        var again = await store.QueryAsync("squares", new FeatureQuery(null, [], 5, 10), Token);

        Assert.Same(first.Features[10], again.Features[0]);
        Assert.Same(first.Features[12], await store.GetFeatureAsync("squares", first.Features[12].Id, Token));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public async Task SmallOrNoCache_StillAnswersEveryQueryRight(int featureCacheSize)
    {
        await using var store = Store(featureCacheSize);
        var reference = new InMemoryStore([SyntheticLayers.Squares("a"), SyntheticLayers.Points()], "A");

        for (var offset = 0; offset < 260; offset += 33)
        {
            var query = new FeatureQuery(null, [], 33, offset);
            StoreAssert.SamePage(await reference.QueryAsync("points", query, Token), await store.QueryAsync("points", query, Token));
        }

        foreach (var id in new[] { "p-000", "p-007", "p-000", "p-249", "p-250" })
        {
            var expected = await reference.GetFeatureAsync("points", id, Token);
            var actual = await store.GetFeatureAsync("points", id, Token);
            Assert.Equal(expected is null, actual is null);
            if (expected is not null)
            {
                StoreAssert.SameFeature(expected, actual!);
            }
        }
    }

    [Fact]
    public async Task DatabaseRecreated_WithLoadNumbersStartingAgain_ServesTheNewData()
    {
        await using var store = Store();
        Assert.Equal("a-sq-00", (await store.GetFeatureAsync("squares", "sq-00", Token))!.Values[0]);

        // An operator drops everything and imports other data: the new load is number 1 again.
        await using (var owner = new NpgsqlConnection(_database.OwnerConnectionString))
        {
            await owner.OpenAsync(Token);
            await using var drop = new NpgsqlCommand("DROP SCHEMA om CASCADE; DROP SCHEMA om_load_1 CASCADE", owner);
            await drop.ExecuteNonQueryAsync(Token);
        }

        // Even the data version is the same (a careless caller): only the load time tells the loads apart.
        Assert.Equal(1, await _database.Importer().ImportAsync([SyntheticLayers.Squares("z"), SyntheticLayers.Points()], "A", Token));

        Assert.Equal("z-sq-00", (await store.GetFeatureAsync("squares", "sq-00", Token))!.Values[0]);
        Assert.All((await store.QueryAsync("squares", FeatureQuery.All(), Token)).Features, f => Assert.StartsWith("z-", (string)f.Values[0]!));
    }
}
