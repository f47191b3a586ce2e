using System.Text;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Stores.PostGis;

/// <summary>
/// One request's view of the PostGIS store: the load current at its first call, kept for all later calls. Every
/// query is parameterised; the only names in SQL come from the layer metadata and are checked (<see cref="SqlNames"/>).
/// </summary>
internal sealed class PostGisSnapshot(PostGisStore store) : IFeatureStore
{
    private (long Number, string Version)? _load;

    public async ValueTask<string> GetDataVersionAsync(CancellationToken cancellationToken) => (await Load(cancellationToken)).Version;

    public async ValueTask<IReadOnlyList<LayerMetadata>> GetLayersAsync(CancellationToken cancellationToken)
    {
        var load = await Load(cancellationToken);
        return await StoreFailures.Guard(store.DataSource, () => store.LayersAsync(load.Number, cancellationToken));
    }

    public async ValueTask<FeaturePage> QueryAsync(string layerId, FeatureQuery query, CancellationToken cancellationToken)
    {
        var (table, layer) = await Table(layerId, cancellationToken);
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

        var columns = string.Join(", ", layer.Properties.Select(p => SqlNames.Quote(p.Name)));
        return await StoreFailures.Guard(store.DataSource, async () =>
        {
            await using var batch = store.DataSource.CreateBatch();
            var count = new NpgsqlBatchCommand($"SELECT count(*) FROM {table} WHERE {where}");
            var page = new NpgsqlBatchCommand(
                $"SELECT id, geom, {columns} FROM {table} WHERE {where} ORDER BY id COLLATE \"C\" LIMIT ${parameters.Count + 1} OFFSET ${parameters.Count + 2}");
            foreach (var parameter in parameters)
            {
                count.Parameters.Add(parameter.Clone());
                page.Parameters.Add(parameter.Clone());
            }

            page.Parameters.Add(new() { Value = (long)query.Limit, NpgsqlDbType = NpgsqlDbType.Bigint });
            page.Parameters.Add(new() { Value = (long)query.Offset, NpgsqlDbType = NpgsqlDbType.Bigint });
            batch.BatchCommands.Add(count);
            batch.BatchCommands.Add(page);

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var matched = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken);
            var features = new List<LayerFeature>(Math.Min(query.Limit, 1024));
            while (await reader.ReadAsync(cancellationToken))
            {
                features.Add(ReadFeature(reader, layer));
            }

            return new FeaturePage(features, matched);
        });
    }

    public async ValueTask<LayerFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken)
    {
        var (table, layer) = await Table(layerId, cancellationToken);
        var columns = string.Join(", ", layer.Properties.Select(p => SqlNames.Quote(p.Name)));
        return await StoreFailures.Guard(store.DataSource, async () =>
        {
            await using var command = store.DataSource.CreateCommand($"SELECT id, geom, {columns} FROM {table} WHERE id = $1");
            command.Parameters.Add(new() { Value = featureId, NpgsqlDbType = NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? ReadFeature(reader, layer) : null;
        });
    }

    private async Task<(long Number, string Version)> Load(CancellationToken cancellationToken) =>
        _load ??= await StoreFailures.Guard(store.DataSource, () => store.CurrentLoadAsync(cancellationToken));

    private async Task<(string Table, LayerMetadata Layer)> Table(string layerId, CancellationToken cancellationToken)
    {
        var load = await Load(cancellationToken);
        var layers = await StoreFailures.Guard(store.DataSource, () => store.LayersAsync(load.Number, cancellationToken));
        for (var i = 0; i < layers.Count; i++)
        {
            if (layers[i].Id == layerId)
            {
                return ($"{SqlNames.Quote(SqlNames.LoadSchema(load.Number))}.{SqlNames.Quote(SqlNames.LayerTable(i))}", layers[i]);
            }
        }

        throw new KeyNotFoundException($"No layer {layerId}.");
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
        _ => NpgsqlDbType.Text,
    };
}
