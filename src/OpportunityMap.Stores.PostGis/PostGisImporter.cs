using NpgsqlTypes;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// Loads layers into PostGIS atomically: migrations first (their own transaction), then the whole load (a new schema
/// om_load_N with one table per layer, binary COPY, GiST and id indexes, ANALYZE) and the switch of readers to it, all
/// in ONE transaction.
/// A reader sees the whole old load or the whole new one, never a mix or an empty layer; an import that fails or is
/// killed halfway leaves nothing behind and the old load served. Older loads are dropped afterwards, keeping the
/// previous one for requests still reading it.
/// </summary>
public sealed class PostGisImporter(PostGisOptions options)
{
    // Any fixed number shared by every importer of this database: imports run one at a time.
    private const long ImportLock = 7012935;

    /// <summary>
    /// A database without PostGIS gets the extension when this role may create it (a superuser, or an owner where the
    /// extension is trusted); otherwise the import stops before touching anything, saying plainly what to run.
    /// </summary>
    internal static async Task EnsurePostGisAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using (var installed = new NpgsqlCommand("SELECT 1 FROM pg_extension WHERE extname = 'postgis'", connection))
        {
            if (await installed.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }

        try
        {
            await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            throw new InvalidOperationException(
                $"the database '{connection.Database}' has no PostGIS extension and this role cannot create it ({e.MessageText}). " +
                "Install PostGIS on the server (Debian: postgresql-15-postgis-3) and, as a superuser, run CREATE EXTENSION postgis; " +
                "in that database, then import again", e);
        }

        // The connection learnt the database's types when it opened, before 'geometry' existed.
        await connection.ReloadTypesAsync(cancellationToken);
    }

    /// <summary>Loads <paramref name="layers"/> and makes them current; returns the new load's number.</summary>
    public async Task<long> ImportAsync(IReadOnlyList<LayerData> layers, string dataVersion, CancellationToken cancellationToken)
    {
        CheckNames(layers);
        await using var dataSource = PostGisDataSource.Create(new PostGisOptions
        {
            ConnectionString = options.ConnectionString,
            CommandTimeoutSeconds = 0, // a load may take longer than a query
            ConnectTimeoutSeconds = options.ConnectTimeoutSeconds,
        });
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await EnsurePostGisAsync(connection, cancellationToken);

        // Migrations commit on their own: a schema change locks the control tables only for a moment, never for a
        // whole load, during which readers would wait on them.
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await Execute(connection, transaction, "SELECT pg_advisory_xact_lock($1)", cancellationToken, ImportLock);
            await Migrations.ApplyAsync(connection, transaction, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        long loadNumber;
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            await Execute(connection, transaction, "SELECT pg_advisory_xact_lock($1)", cancellationToken, ImportLock);
            await using (var next = new NpgsqlCommand("SELECT nextval('om.load_numbers')", connection, transaction))
            {
                loadNumber = (long)(await next.ExecuteScalarAsync(cancellationToken))!;
            }

            var schema = SqlNames.Quote(SqlNames.LoadSchema(loadNumber));
            await Execute(connection, transaction, $"CREATE SCHEMA {schema}; CREATE TABLE {schema}.layers (ordinal int PRIMARY KEY, id text NOT NULL UNIQUE, metadata text NOT NULL)", cancellationToken);
            long features = 0;
            for (var ordinal = 0; ordinal < layers.Count; ordinal++)
            {
                features += await LoadLayer(connection, transaction, schema, ordinal, layers[ordinal], cancellationToken);
            }

            // The switch: readers see the new load from this transaction's commit on, and the old one until then.
            // clock_timestamp(), taken under the import lock: a later load always has a later time.
            await Execute(connection, transaction,
                "INSERT INTO om.loads (load_number, data_version, layer_count, feature_count, loaded_at) VALUES ($1, $2, $3, $4, clock_timestamp())",
                cancellationToken, loadNumber, dataVersion, layers.Count, features);
            await Execute(connection, transaction,
                "INSERT INTO om.current_load (load_number) VALUES ($1) ON CONFLICT (singleton) DO UPDATE SET load_number = EXCLUDED.load_number",
                cancellationToken, loadNumber);
            if (!string.IsNullOrEmpty(options.ReaderRole))
            {
                var reader = SqlNames.Quote(options.ReaderRole);
                await Execute(connection, transaction,
                    $"GRANT USAGE ON SCHEMA om, {schema} TO {reader}; GRANT SELECT ON ALL TABLES IN SCHEMA om, {schema} TO {reader}", cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await DropOldLoads(connection, loadNumber, options.DropLockTimeoutSeconds, cancellationToken);
        return loadNumber;
    }

    /// <summary>Fails before touching the database when a name cannot become a column.</summary>
    private static void CheckNames(IReadOnlyList<LayerData> layers)
    {
        foreach (var layer in layers)
        {
            foreach (var property in layer.Metadata.Properties)
            {
                if (property.Name is "id" or "geom")
                {
                    throw new ArgumentException(
                        $"Layer {layer.Metadata.Id}: a property may not be called '{property.Name}' (every layer table has that column).", nameof(layers));
                }

                SqlNames.Quote(property.Name);
            }
        }
    }

    private static async Task<long> LoadLayer(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, int ordinal, LayerData layer, CancellationToken cancellationToken)
    {
        var table = $"{schema}.{SqlNames.Quote(SqlNames.LayerTable(ordinal))}";
        var properties = layer.Metadata.Properties;
        var columns = string.Join(", ", properties.Select(p => $"{SqlNames.Quote(p.Name)} {SqlType(p.Type)}"));
        await Execute(connection, transaction, $"CREATE TABLE {table} (id text COLLATE \"C\" PRIMARY KEY, geom geometry(Geometry, 4326) NOT NULL, {columns})", cancellationToken);
        await Execute(connection, transaction, $"INSERT INTO {schema}.layers (ordinal, id, metadata) VALUES ($1, $2, $3)",
            cancellationToken, ordinal, layer.Metadata.Id, MetadataJson.Write(layer.Metadata));

        var copyColumns = string.Join(", ", properties.Select(p => SqlNames.Quote(p.Name)));
        long count = 0;
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {table} (id, geom, {copyColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var feature in layer.Features)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(feature.Id, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(feature.Geometry, NpgsqlDbType.Geometry, cancellationToken);
                for (var i = 0; i < properties.Count; i++)
                {
                    if (feature.Values[i] is { } value)
                    {
                        await writer.WriteAsync(value, PostGisSnapshot.DbType(properties[i].Type), cancellationToken);
                    }
                    else
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                }

                count++;
            }

            await writer.CompleteAsync(cancellationToken);
        }

        var index = SqlNames.Quote($"{SqlNames.LayerTable(ordinal)}_geom");
        await Execute(connection, transaction, $"CREATE INDEX {index} ON {table} USING gist (geom); ANALYZE {table}", cancellationToken);
        return count;
    }

    private static async Task DropOldLoads(NpgsqlConnection connection, long current, int lockTimeoutSeconds, CancellationToken cancellationToken)
    {
        var old = new List<long>();
        await using (var command = new NpgsqlCommand("SELECT load_number FROM om.loads WHERE load_number < $1 ORDER BY load_number DESC OFFSET 1", connection))
        {
            command.Parameters.Add(new() { Value = current });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                old.Add(reader.GetInt64(0));
            }
        }

        foreach (var number in old)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await Execute(connection, transaction, $"SET LOCAL lock_timeout = '{Math.Max(1, lockTimeoutSeconds)}s'", cancellationToken);
                await Execute(connection, transaction, $"DROP SCHEMA IF EXISTS {SqlNames.Quote(SqlNames.LoadSchema(number))} CASCADE", cancellationToken);
                await Execute(connection, transaction, "DELETE FROM om.loads WHERE load_number = $1", cancellationToken, number);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                // A reader still holds it. The new load is committed and served; the next import drops this one.
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    private static string SqlType(PropertyType type) => type switch
    {
        PropertyType.Integer => "bigint",
        PropertyType.Number => "double precision",
        PropertyType.Boolean => "boolean",
        PropertyType.Date => "date",
        PropertyType.Timestamp => "timestamptz",
        _ => "text", // Json too: text keeps the exact bytes, where jsonb would reorder keys
    };

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
