using Npgsql;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Stores.PostGis;

namespace OpportunityMap.Stores.Tests;

/// <summary>Loads switch readers over atomically; a failed load leaves the old data served; readers cannot write.</summary>
public sealed class PostGisLoadTests : IAsyncLifetime
{
    private PostGisDatabase _database = null!;
    private PostGisStore _store = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await PostGisDatabase.CreateAsync(Token);
        await Importer().ImportAsync([SyntheticLayers.Squares("a"), SyntheticLayers.Points()], "A", Token);
        _store = new PostGisStore(new PostGisOptions { ConnectionString = _database.ReaderConnectionString });
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await _database.DisposeAsync();
    }

    private PostGisImporter Importer() => new(new PostGisOptions { ConnectionString = _database.OwnerConnectionString, ReaderRole = "om_reader" });

    [Fact]
    public async Task FailedImport_HalfwayThroughCopy_LeavesTheOldDataServed()
    {
        var failing = new LayerData(SyntheticLayers.Squares("b").Metadata, new FailingFeatures(SyntheticLayers.Squares("b").Features, failAfter: 50));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Importer().ImportAsync([failing, SyntheticLayers.Points()], "B", Token));

        Assert.Equal("A", await _store.GetDataVersionAsync(Token));
        var page = await _store.QueryAsync("squares", FeatureQuery.All(), Token);
        Assert.Equal(100, page.NumberMatched);
        Assert.All(page.Features, f => Assert.StartsWith("a-", (string)f.Values[0]!));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'om_load_%'"));
    }

    [Fact]
    public async Task SuccessfulImport_SwitchesEverythingAtOnce_AndKeepsOnlyThePreviousLoad()
    {
        await Importer().ImportAsync([SyntheticLayers.Squares("b"), SyntheticLayers.Points()], "B", Token);
        await Importer().ImportAsync([SyntheticLayers.Squares("c"), SyntheticLayers.Points()], "C", Token);

        Assert.Equal("C", await _store.GetDataVersionAsync(Token));
        var page = await _store.QueryAsync("squares", FeatureQuery.All(), Token);
        Assert.All(page.Features, f => Assert.StartsWith("c-", (string)f.Values[0]!));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'om_load_%'"));
    }

    [Fact]
    public async Task ReadersDuringImports_NeverSeeAMixOrAnEmptyLayer()
    {
        using var stop = new CancellationTokenSource();
        var problems = new List<string>();
        var reads = 0;
        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                // One snapshot per "request", as the API uses the store.
                var snapshot = _store.OpenSnapshot();
                var version = await snapshot.GetDataVersionAsync(Token);
                var page = await snapshot.QueryAsync("squares", FeatureQuery.All(), Token);
                var prefixes = page.Features.Select(f => ((string)f.Values[0]!)[..1]).Distinct().ToList();
                if (page.NumberMatched != 100 || prefixes.Count != 1 || !string.Equals(prefixes[0], version, StringComparison.OrdinalIgnoreCase))
                {
                    lock (problems)
                    {
                        problems.Add($"version {version}: {page.NumberMatched} features, prefixes {string.Join(",", prefixes)}");
                    }
                }

                Interlocked.Increment(ref reads);
            }
        }, Token);

        foreach (var version in new[] { "b", "c", "d", "e" })
        {
            await Importer().ImportAsync([SyntheticLayers.Squares(version), SyntheticLayers.Points()], version.ToUpperInvariant(), Token);
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(reads > 4, $"only {reads} reads ran during the imports");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ReadOnlyRole_CannotWriteOrCreate()
    {
        await using var connection = new NpgsqlConnection(_database.ReaderConnectionString);
        await connection.OpenAsync(Token);

        foreach (var sql in new[]
        {
            "DELETE FROM om.current_load",
            "UPDATE om.loads SET data_version = 'x'",
            "CREATE TABLE public.evil (id int)",
            "CREATE SCHEMA evil",
            "DROP SCHEMA om CASCADE",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(Token));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        }
    }

    [Fact]
    public async Task NothingImported_IsUnavailableNotAnError()
    {
        await using var empty = await PostGisDatabase.CreateAsync(Token);
        await using var store = new PostGisStore(new PostGisOptions { ConnectionString = empty.ReaderConnectionString });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetLayersAsync(Token).AsTask());
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    /// <summary>Features that fail partway through being read, like a source file that breaks mid-import.</summary>
    private sealed class FailingFeatures(IReadOnlyList<LayerFeature> features, int failAfter) : IReadOnlyList<LayerFeature>
    {
        public int Count => features.Count;

        public LayerFeature this[int index] => features[index];

        public IEnumerator<LayerFeature> GetEnumerator()
        {
            for (var i = 0; i < features.Count; i++)
            {
                if (i == failAfter)
                {
                    throw new InvalidOperationException("the source broke halfway");
                }

                yield return features[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
