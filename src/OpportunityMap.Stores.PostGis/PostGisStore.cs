using OpportunityMap.Core.Querying;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// Serves the layers an import loaded into PostgreSQL + PostGIS. Stateless apart from a cache of the current load's
/// metadata and features (a load never changes once committed), so any number of API instances may share one
/// database or its read replicas. Thread-safe.
/// Each request should use <see cref="OpenSnapshot"/>, so all it reads comes from one load even if an import
/// switches readers over meanwhile; the store's own <see cref="IFeatureStore"/> methods each read the current load.
/// </summary>
public sealed class PostGisStore : IFeatureStore, ISnapshotSource, IAsyncDisposable
{
    private readonly int _featureCacheSize;
    private readonly TimeSpan _commandTimeout;
    private LoadCache? _current;

    public PostGisStore(PostGisOptions options)
    {
        DataSource = PostGisDataSource.Create(options);
        _featureCacheSize = options.FeatureCacheSize;
        _commandTimeout = TimeSpan.FromSeconds(options.CommandTimeoutSeconds);
    }

    internal NpgsqlDataSource DataSource { get; }

    /// <inheritdoc />
    public IFeatureStore OpenSnapshot() => new PostGisSnapshot(this);

    /// <summary>Whether the database answers at all, within the command timeout (for a readiness probe).</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await GuardAsync(async token =>
            {
                await using var command = DataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(token);
                return true;
            }, cancellationToken);
        }
        catch (Exception e) when (e is StoreUnavailableException or NpgsqlException)
        {
            // Also a wrong password or a missing database: not ready, whatever the reason.
            return false;
        }
    }

    /// <inheritdoc />
    public ValueTask<string> GetDataVersionAsync(CancellationToken cancellationToken) => OpenSnapshot().GetDataVersionAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<LayerMetadata>> GetLayersAsync(CancellationToken cancellationToken) => OpenSnapshot().GetLayersAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask<FeaturePage> QueryAsync(string layerId, FeatureQuery query, CancellationToken cancellationToken) =>
        OpenSnapshot().QueryAsync(layerId, query, cancellationToken);

    /// <inheritdoc />
    public ValueTask<LayerFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken) =>
        OpenSnapshot().GetFeatureAsync(layerId, featureId, cancellationToken);

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();

    /// <summary>
    /// A database call of one request, all of it (connection, statements) within the command timeout plus a second
    /// however the database fails, even stalled (<see cref="StoreFailures.Guard"/>).
    /// </summary>
    internal Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        StoreFailures.Guard(DataSource, _commandTimeout, call, cancellationToken);

    internal async Task<LoadKey> CurrentLoadAsync(CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(
            "SELECT c.load_number, l.data_version, l.loaded_at FROM om.current_load c JOIN om.loads l USING (load_number)");
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                return new LoadKey(reader.GetInt64(0), reader.GetString(1), reader.GetDateTime(2));
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new StoreUnavailableException(
                "This role may not read the imported data: import again with Store:ReaderRole naming it.", e);
        }

        throw new StoreUnavailableException("No data has been imported into this database yet (run the 'import' command).");
    }

    /// <summary>The cache of <paramref name="load"/>: the newest load's is kept, an older one's lives for its request.</summary>
    internal async Task<LoadCache> CacheAsync(LoadKey load, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current?.Key == load)
        {
            return current;
        }

        var schema = SqlNames.Quote(SqlNames.LoadSchema(load.Number));
        await using var command = DataSource.CreateCommand($"SELECT metadata FROM {schema}.layers ORDER BY ordinal");
        var layers = new List<LayerMetadata>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                layers.Add(MetadataJson.Read(reader.GetString(0)));
            }
        }

        var cache = new LoadCache(load, layers, _featureCacheSize);
        if (current is null || load.LoadedAt >= current.Key.LoadedAt)
        {
            Volatile.Write(ref _current, cache);
        }

        return cache;
    }
}
