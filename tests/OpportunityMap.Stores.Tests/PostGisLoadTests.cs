using Npgsql;

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

    private PostGisImporter Importer() => _database.Importer();

    [Fact]
    public async Task FailedImport_HalfwayThroughCopy_LeavesTheOldDataServed()
    {
        var failing = Interrupted(SyntheticLayers.Squares("b"), () => throw new InvalidOperationException("the source broke halfway"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Importer().ImportAsync([failing, SyntheticLayers.Points()], "B", Token));

        await AssertServesOnlyA();
    }

    [Fact]
    public async Task CancelledImport_HalfwayThroughCopy_LeavesTheOldDataServed()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var cancelled = Interrupted(SyntheticLayers.Squares("b"), cancellation.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer().ImportAsync([cancelled, SyntheticLayers.Points()], "B", cancellation.Token));

        await AssertServesOnlyA();
    }

    [Fact]
    public async Task ImportInProgress_NeitherBlocksReadersNorShowsThemItsData()
    {
        using var halfway = new SemaphoreSlim(0);
        using var resume = new SemaphoreSlim(0);
        var paused = Interrupted(SyntheticLayers.Squares("b"), () =>
        {
            halfway.Release();
            resume.Wait(Token);
        });
        var import = Task.Run(() => Importer().ImportAsync([SyntheticLayers.Points(), paused], "B", Token), Token);
        await halfway.WaitAsync(Token);

        // The import holds its transaction open mid-COPY; readers (1 s command timeout) still get all of A.
        await using (var impatient = new PostGisStore(new PostGisOptions { ConnectionString = _database.ReaderConnectionString, CommandTimeoutSeconds = 1 }))
        {
            Assert.Equal("A", await impatient.GetDataVersionAsync(Token));
            Assert.Equal(100, (await impatient.QueryAsync("squares", FeatureQuery.All(), Token)).NumberMatched);
            Assert.Equal("a-sq-42", (await impatient.GetFeatureAsync("squares", "sq-42", Token))!.Values[0]);
        }

        resume.Release();
        await import;
        Assert.Equal("B", await _store.GetDataVersionAsync(Token));
        Assert.Equal(["points", "squares"], (await _store.GetLayersAsync(Token)).Select(l => l.Id));
    }

    [Fact]
    public async Task FailedImport_InItsLastLayer_LeavesNoLayerOfItServed()
    {
        var duplicate = SyntheticLayers.Points();
        var broken = duplicate with { Features = [.. duplicate.Features, duplicate.Features[^1]] }; // the id twice

        await Assert.ThrowsAsync<PostgresException>(() => Importer().ImportAsync([SyntheticLayers.Squares("b"), broken], "B", Token));

        await AssertServesOnlyA();
    }

    [Theory]
    [InlineData("id")]
    [InlineData("geom")]
    [InlineData("1st")]
    [InlineData("é")]
    [InlineData("a-b")]
    [InlineData("x\" integer); DROP SCHEMA om CASCADE; --")]
    public async Task Import_PropertyNameThatCannotBeAColumn_IsRefusedBeforeTouchingTheDatabase(string name)
    {
        var squares = SyntheticLayers.Squares("b");
        var renamed = squares with
        {
            Metadata = squares.Metadata with { Properties = [.. squares.Metadata.Properties.Select((p, i) => i == 5 ? p with { Name = name } : p)] },
        };

        await Assert.ThrowsAsync<ArgumentException>(() => Importer().ImportAsync([renamed, SyntheticLayers.Points()], "B", Token));

        await AssertServesOnlyA();
    }

    [Fact]
    public async Task Migrations_AreRecordedOnce_AndNotAppliedAgain()
    {
        await Importer().ImportAsync([SyntheticLayers.Squares("b"), SyntheticLayers.Points()], "B", Token);

        Assert.Equal(Migrations.Latest, await Scalar("SELECT count(*) FROM om.schema_migrations"));
        Assert.Equal(Migrations.Latest, await Scalar("SELECT max(version)::bigint FROM om.schema_migrations"));
    }

    [Fact]
    public async Task ConcurrentImports_RunOneAfterTheOther()
    {
        var imports = new[] { "b", "c", "d" }
            .Select(v => Task.Run(() => Importer().ImportAsync([SyntheticLayers.Squares(v), SyntheticLayers.Points()], v.ToUpperInvariant(), Token), Token))
            .ToList();
        var loads = await Task.WhenAll(imports);

        // The last load to commit is current, whole; the one before it is kept.
        var version = await _store.GetDataVersionAsync(Token);
        Assert.Equal(loads.Max(), await Scalar("SELECT load_number FROM om.current_load"));
        var page = await _store.QueryAsync("squares", FeatureQuery.All(), Token);
        Assert.Equal(100, page.NumberMatched);
        Assert.All(page.Features, f => Assert.StartsWith(version.ToLowerInvariant() + "-", (string)f.Values[0]!));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'om_load_%'"));
    }

    [Fact]
    public async Task ImportWithoutTheReaderRole_LeavesTheReaderUnavailable_NotFailing()
    {
        await using var other = await PostGisDatabase.CreateAsync(Token);
        await new PostGisImporter(new PostGisOptions { ConnectionString = other.OwnerConnectionString })
            .ImportAsync([SyntheticLayers.Points()], "P", Token);
        await using var store = new PostGisStore(new PostGisOptions { ConnectionString = other.ReaderConnectionString });

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetDataVersionAsync(Token).AsTask());
        Assert.Contains("ReaderRole", error.Message, StringComparison.Ordinal);
    }

    private async Task AssertServesOnlyA()
    {
        Assert.Equal("A", await _store.GetDataVersionAsync(Token));
        var page = await _store.QueryAsync("squares", FeatureQuery.All(), Token);
        Assert.Equal(100, page.NumberMatched);
        Assert.All(page.Features, f => Assert.StartsWith("a-", (string)f.Values[0]!));
        Assert.Equal(250, (await _store.QueryAsync("points", FeatureQuery.All(), Token)).NumberMatched);
        Assert.Equal(1, await Scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'om_load_%'"));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM om.loads"));
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
    public async Task Import_WhileAReaderHoldsAnOldLoad_FinishesWithoutWaiting_AndTheNextImportDropsIt()
    {
        await Importer().ImportAsync([SyntheticLayers.Squares("b"), SyntheticLayers.Points()], "B", Token);
        var oldest = await Scalar("SELECT min(load_number) FROM om.loads");

        // A reader in the middle of a long transaction on the oldest load keeps a lock the DROP must wait for.
        await using (var reader = new NpgsqlConnection(_database.OwnerConnectionString))
        {
            await reader.OpenAsync(Token);
            await using var transaction = await reader.BeginTransactionAsync(Token);
            await using (var read = new NpgsqlCommand($"SELECT count(*) FROM {SqlNames.LoadSchema(oldest)}.{SqlNames.LayerTable(0)}", reader, transaction))
            {
                await read.ExecuteScalarAsync(Token);
            }

            var importer = new PostGisImporter(new PostGisOptions
            {
                ConnectionString = _database.OwnerConnectionString, ReaderRole = _database.ReaderRole, DropLockTimeoutSeconds = 1,
            });
            await importer.ImportAsync([SyntheticLayers.Squares("c"), SyntheticLayers.Points()], "C", Token);

            Assert.Equal("C", await _store.GetDataVersionAsync(Token));
            Assert.Equal(1, await Scalar($"SELECT count(*) FROM pg_namespace WHERE nspname = '{SqlNames.LoadSchema(oldest)}'"));
        }

        await Importer().ImportAsync([SyntheticLayers.Squares("d"), SyntheticLayers.Points()], "D", Token);

        Assert.Equal(0, await Scalar($"SELECT count(*) FROM pg_namespace WHERE nspname = '{SqlNames.LoadSchema(oldest)}'"));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'om_load_%'"));
    }

    [Fact]
    public async Task PinnedSnapshot_WhoseLoadTwoLaterImportsDropped_IsUnavailable_NotAnError()
    {
        var snapshot = _store.OpenSnapshot();
        Assert.Equal("A", await snapshot.GetDataVersionAsync(Token));

        await Importer().ImportAsync([SyntheticLayers.Squares("b"), SyntheticLayers.Points()], "B", Token);
        await Importer().ImportAsync([SyntheticLayers.Squares("c"), SyntheticLayers.Points()], "C", Token);

        // The API turns this into 503 + Retry-After; the retry reads load C.
        await Assert.ThrowsAsync<StoreUnavailableException>(async () => await snapshot.QueryAsync("squares", FeatureQuery.All(), Token));
        Assert.Equal(100, (await _store.OpenSnapshot().QueryAsync("squares", FeatureQuery.All(), Token)).NumberMatched);
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
        var table = $"om_load_{await Scalar("SELECT load_number FROM om.current_load")}.layer_0";
        await using var connection = new NpgsqlConnection(_database.ReaderConnectionString);
        await connection.OpenAsync(Token);
        await using (var setting = new NpgsqlCommand("SHOW default_transaction_read_only", connection))
        {
            Assert.Equal("on", await setting.ExecuteScalarAsync(Token)); // scripts/postgis.sh sets it for the role
        }

        foreach (var sql in new[]
        {
            $"INSERT INTO {table} (id, geom) VALUES ('x', 'SRID=4326;POINT(0 0)')",
            $"DELETE FROM {table}",
            $"UPDATE {table} SET name = 'x'",
            "INSERT INTO om.current_load (load_number) VALUES (1)",
            "DELETE FROM om.current_load",
            "UPDATE om.loads SET data_version = 'x'",
            "CREATE TABLE public.evil (id int)",
            "CREATE TEMP TABLE evil (id int)",
            "CREATE SCHEMA evil",
            $"DROP TABLE {table}",
        })
        {
            // A read-write transaction, so that it is the role's privileges (not the read-only default) that refuse.
            await using var transaction = await connection.BeginTransactionAsync(Token);
            await using (var readWrite = new NpgsqlCommand("SET TRANSACTION READ WRITE", connection, transaction))
            {
                await readWrite.ExecuteNonQueryAsync(Token);
            }

            await using var command = new NpgsqlCommand(sql, connection, transaction);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(Token));
            Assert.True(error.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"{sql}: {error.SqlState} {error.MessageText}");
            await transaction.RollbackAsync(Token);
        }
    }

    [Fact]
    public async Task NothingImported_IsUnavailableNotAnError()
    {
        await using var empty = await PostGisDatabase.CreateAsync(Token);
        await using var store = new PostGisStore(new PostGisOptions { ConnectionString = empty.ReaderConnectionString });

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetLayersAsync(Token).AsTask());
    }

    // Issue 17, item 8: a database without PostGIS used to fail with "42704: type "geometry" does not exist".
    [Fact]
    public async Task Import_DatabaseWithoutPostGis_RoleThatCannotCreateIt_SaysWhatToRun_AndTouchesNothing()
    {
        await using var bare = await PostGisDatabase.CreateAsync(Token, withPostGis: false);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => bare.Importer().ImportAsync([SyntheticLayers.Points()], "A", Token));

        Assert.Contains("no PostGIS extension", error.Message, StringComparison.Ordinal);
        Assert.Contains("CREATE EXTENSION postgis", error.Message, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(bare.OwnerConnectionString);
        await connection.OpenAsync(Token);
        await using var schemas = new NpgsqlCommand("SELECT count(*) FROM pg_namespace WHERE nspname = 'om' OR nspname LIKE 'om_load_%'", connection);
        Assert.Equal(0L, await schemas.ExecuteScalarAsync(Token));
    }

    [Fact]
    public async Task Import_DatabaseWithoutPostGis_RoleThatMayCreateIt_CreatesItAndLoads()
    {
        await using var bare = await PostGisDatabase.CreateAsync(Token, withPostGis: false);

        await new PostGisImporter(new PostGisOptions { ConnectionString = bare.AdminConnectionString, ReaderRole = bare.ReaderRole })
            .ImportAsync([SyntheticLayers.Points()], "A", Token);

        await using var store = new PostGisStore(new PostGisOptions { ConnectionString = bare.ReaderConnectionString });
        Assert.Equal(250, (await store.QueryAsync("points", FeatureQuery.All(), Token)).NumberMatched);
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync(Token);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(Token))!;
    }

    /// <summary>
    /// The layer, with features that call <paramref name="interrupt"/> halfway through being read, like a source
    /// file that breaks (or an operator pressing Ctrl+C) mid-import.
    /// </summary>
    private static LayerData Interrupted(LayerData layer, Action interrupt) =>
        layer with { Features = new InterruptedFeatures(layer.Features, layer.Features.Count / 2, interrupt) };

    private sealed class InterruptedFeatures(IReadOnlyList<LayerFeature> features, int at, Action interrupt) : IReadOnlyList<LayerFeature>
    {
        public int Count => features.Count;

        public LayerFeature this[int index] => features[index];

        public IEnumerator<LayerFeature> GetEnumerator()
        {
            for (var i = 0; i < features.Count; i++)
            {
                if (i == at)
                {
                    interrupt();
                }

                yield return features[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
