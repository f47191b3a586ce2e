using System.Text;
using NetTopologySuite.Geometries;
using NpgsqlTypes;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// One request's view of the PostGIS store: the load current at its first call, kept for all later calls. Every
/// query is parameterised; the only names in SQL come from the layer metadata and are checked (<see cref="SqlNames"/>).
/// </summary>
internal sealed class PostGisSnapshot(PostGisStore store) : IFeatureStore
{
    private LoadCache? _load;

    public async ValueTask<string> GetDataVersionAsync(CancellationToken cancellationToken) => (await Load(cancellationToken)).Key.Version;

    public async ValueTask<IReadOnlyList<LayerMetadata>> GetLayersAsync(CancellationToken cancellationToken) => (await Load(cancellationToken)).Layers;

    public async ValueTask<FeaturePage> QueryAsync(string layerId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var (load, ordinal, table) = await Table(layerId, cancellationToken);
        var layer = load.Layers[ordinal];
        var where = new StringBuilder("TRUE");
        var parameters = new List<NpgsqlParameter>();
        if (query.Bbox is { } box)
        {
            parameters.Add(new() { Value = box.MinX, NpgsqlDbType = NpgsqlDbType.Double });
            parameters.Add(new() { Value = box.MinY, NpgsqlDbType = NpgsqlDbType.Double });
            parameters.Add(new() { Value = box.MaxX, NpgsqlDbType = NpgsqlDbType.Double });
            parameters.Add(new() { Value = box.MaxY, NpgsqlDbType = NpgsqlDbType.Double });
            // && uses the GiST index; ST_Intersects decides exactly, counting a touch on the box's edge. The box is the
            // envelope of its diagonal, which degenerates to a line or a point for a zero-width box (as in NTS),
            // where ST_MakeEnvelope would build an invalid collapsed polygon.
            where.Append(" AND geom && ST_MakeEnvelope($1, $2, $3, $4, 4326)" +
                " AND ST_Intersects(geom, ST_SetSRID(ST_Envelope(ST_MakeLine(ST_MakePoint($1, $2), ST_MakePoint($3, $4))), 4326))");
        }

        foreach (var filter in query.Filters)
        {
            var property = layer.FindProperty(filter.Property) ?? throw new ArgumentException($"Layer {layerId} has no property {filter.Property}.", nameof(query));
            parameters.Add(new() { Value = filter.Value, NpgsqlDbType = DbType(property.Type) });
            where.Append($" AND {SqlNames.Quote(property.Name)} = ${parameters.Count}");
        }

        var filterSql = new FilterSql(layer, parameters);
        if (query.Filter is not null)
        {
            where.Append(" AND ");
            filterSql.Write(where, query.Filter);
        }

        var orderBy = filterSql.OrderBy(query.SortBy);

        // The count and the page's ids first; then only the features not yet in the load's cache.
        var (matched, ids) = await store.GuardAsync(async token =>
        {
            await using var batch = store.DataSource.CreateBatch();
            var count = new NpgsqlBatchCommand($"SELECT count(*) FROM {table} WHERE {where}");
            var page = new NpgsqlBatchCommand(
                $"SELECT id FROM {table} WHERE {where} ORDER BY {orderBy} LIMIT ${parameters.Count + 1} OFFSET ${parameters.Count + 2}");
            foreach (var parameter in parameters)
            {
                count.Parameters.Add(parameter.Clone());
                page.Parameters.Add(parameter.Clone());
            }

            page.Parameters.Add(new() { Value = (long)query.Limit, NpgsqlDbType = NpgsqlDbType.Bigint });
            page.Parameters.Add(new() { Value = (long)query.Offset, NpgsqlDbType = NpgsqlDbType.Bigint });
            batch.BatchCommands.Add(count);
            batch.BatchCommands.Add(page);

            await using var reader = await batch.ExecuteReaderAsync(token);
            await reader.ReadAsync(token);
            var matched = reader.GetInt64(0);
            await reader.NextResultAsync(token);
            var ids = new List<string>(Math.Min(query.Limit, 1024));
            while (await reader.ReadAsync(token))
            {
                ids.Add(reader.GetString(0));
            }

            return (matched, ids);
        }, cancellationToken);

        var features = new LayerFeature?[ids.Count];
        var missing = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (load.TryGet(ordinal, ids[i], out var cached))
            {
                features[i] = cached;
            }
            else
            {
                missing.Add(ids[i]);
            }
        }

        if (missing.Count > 0)
        {
            var read = await ReadFeatures(load, ordinal, table, missing, cancellationToken);
            for (var i = 0; i < ids.Count; i++)
            {
                features[i] ??= read[ids[i]];
            }
        }

        return new FeaturePage(Array.ConvertAll(features, f => f!), matched);
    }

    public async ValueTask<LayerFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken)
    {
        var (load, ordinal, table) = await Table(layerId, cancellationToken);
        if (load.TryGet(ordinal, featureId, out var cached))
        {
            return cached;
        }

        return (await ReadFeatures(load, ordinal, table, [featureId], cancellationToken)).GetValueOrDefault(featureId);
    }

    private async Task<LoadCache> Load(CancellationToken cancellationToken) =>
        _load ??= await store.GuardAsync(
            async token => await store.CacheAsync(await store.CurrentLoadAsync(token), token),
            cancellationToken);

    private async Task<(LoadCache Load, int Ordinal, string Table)> Table(string layerId, CancellationToken cancellationToken)
    {
        var load = await Load(cancellationToken);
        for (var i = 0; i < load.Layers.Count; i++)
        {
            if (load.Layers[i].Id == layerId)
            {
                return (load, i, $"{SqlNames.Quote(SqlNames.LoadSchema(load.Key.Number))}.{SqlNames.Quote(SqlNames.LayerTable(i))}");
            }
        }

        throw new KeyNotFoundException($"No layer {layerId}.");
    }

    /// <summary>The features with these ids (those that exist), read whole and added to the load's cache.</summary>
    private Task<Dictionary<string, LayerFeature>> ReadFeatures(
        LoadCache load, int ordinal, string table, List<string> ids, CancellationToken cancellationToken)
    {
        var layer = load.Layers[ordinal];
        var columns = string.Join(", ", layer.Properties.Select(p => SqlNames.Quote(p.Name)));
        return store.GuardAsync(async token =>
        {
            await using var command = store.DataSource.CreateCommand($"SELECT id, geom, {columns} FROM {table} WHERE id = ANY($1)");
            command.Parameters.Add(new() { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            var features = new Dictionary<string, LayerFeature>(ids.Count, StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                var feature = load.Add(ordinal, ReadFeature(reader, layer));
                features[feature.Id] = feature;
            }

            return features;
        }, cancellationToken);
    }

    private static LayerFeature ReadFeature(NpgsqlDataReader reader, LayerMetadata layer)
    {
        var values = new object?[layer.Properties.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var column = i + 2;
            values[i] = reader.IsDBNull(column) ? null : layer.Properties[i].Type switch
            {
                PropertyType.Integer => reader.GetInt64(column),
                PropertyType.Number => reader.GetDouble(column),
                PropertyType.Boolean => reader.GetBoolean(column),
                PropertyType.Date => reader.GetFieldValue<DateOnly>(column),
                PropertyType.Timestamp => reader.GetFieldValue<DateTimeOffset>(column),
                _ => reader.GetString(column),
            };
        }

        var geometry = reader.GetFieldValue<Geometry>(1);
        geometry.SRID = 4326;
        return new LayerFeature(reader.GetString(0), geometry, values);
    }

    internal static NpgsqlDbType DbType(PropertyType type) => type switch
    {
        PropertyType.Integer => NpgsqlDbType.Bigint,
        PropertyType.Number => NpgsqlDbType.Double,
        PropertyType.Boolean => NpgsqlDbType.Boolean,
        PropertyType.Date => NpgsqlDbType.Date,
        PropertyType.Timestamp => NpgsqlDbType.TimestampTz,
        _ => NpgsqlDbType.Text,
    };
}
