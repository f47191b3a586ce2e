using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Tiles;

/// <summary>
/// Encodes one layer's features in one tile as a Mapbox Vector Tile (spec 2.1): one layer named after the
/// collection, extent 4096, geometry clipped to the tile plus a 64-unit buffer. Each feature's numeric id is its
/// 1-based position in the layer (id order), and its string id is the property <c>id</c>; every other property
/// except JSON ones is included, null values left out.
/// </summary>
internal static class VectorTileEncoder
{
    public const int Extent = 4096;
    public const int Buffer = 64;
    public const string IdProperty = "id";

    /// <summary>The tile's bytes; empty (a valid tile with no layers) when no feature reaches it.</summary>
    public static byte[] Encode(SimplifiedLayer layer, TileAddress tile)
    {
        var features = new ProtobufWriter();
        var keys = new Table<string>();
        var values = new Table<object>();
        foreach (var index in layer.Candidates(tile.Bounds(Extent, Buffer)))
        {
            var feature = layer.Features[index];
            if (TileGeometry.Encode(feature.Geometry, tile, Extent, Buffer) is not var (type, commands))
            {
                continue;
            }

            var message = new ProtobufWriter();
            message.WriteVarintField(1, (ulong)index + 1);
            message.WritePackedField(2, Tags(layer.Metadata, feature, keys, values));
            message.WriteVarintField(3, type);
            message.WritePackedField(4, commands);
            features.WriteMessageField(2, message);
        }

        if (features.Length == 0)
        {
            return [];
        }

        var tileLayer = new ProtobufWriter();
        tileLayer.WriteVarintField(15, 2);
        tileLayer.WriteStringField(1, layer.Metadata.Id);
        tileLayer.WriteRaw(features);
        foreach (var key in keys.Items)
        {
            tileLayer.WriteStringField(3, key);
        }

        foreach (var value in values.Items)
        {
            tileLayer.WriteMessageField(4, Value(value));
        }

        tileLayer.WriteVarintField(5, Extent);
        var result = new ProtobufWriter();
        result.WriteMessageField(3, tileLayer);
        return result.WrittenSpan.ToArray();
    }

    private static List<uint> Tags(LayerMetadata metadata, LayerFeature feature, Table<string> keys, Table<object> values)
    {
        var tags = new List<uint>();
        void Add(string key, object value)
        {
            tags.Add(keys.IndexOf(key));
            tags.Add(values.IndexOf(value));
        }

        Add(IdProperty, feature.Id);
        for (var i = 0; i < metadata.Properties.Count; i++)
        {
            if (metadata.Properties[i].Type != PropertyType.Json && feature.Values[i] is { } value)
            {
                // The tile format has no date type: dates and instants are RFC 3339 text, as in GeoJSON.
                Add(metadata.Properties[i].Name, value is DateOnly or DateTimeOffset ? PropertyValues.Text(value)! : value);
            }
        }

        return tags;
    }

    // A layer's keys or values: each distinct one once, referred to by its position (values compare by type and
    // value, so the string "1", the integer 1 and the number 1.0 are three entries).
    private sealed class Table<T>
        where T : notnull
    {
        private readonly Dictionary<T, uint> _positions = [];

        public List<T> Items { get; } = [];

        public uint IndexOf(T item)
        {
            if (!_positions.TryGetValue(item, out var index))
            {
                index = (uint)Items.Count;
                _positions.Add(item, index);
                Items.Add(item);
            }

            return index;
        }
    }

    private static ProtobufWriter Value(object value)
    {
        var message = new ProtobufWriter();
        switch (value)
        {
            case string text:
                message.WriteStringField(1, text);
                break;
            case double real:
                message.WriteDoubleField(3, real);
                break;
            case long whole:
                message.WriteVarintField(4, unchecked((ulong)whole));
                break;
            case bool flag:
                message.WriteVarintField(7, flag ? 1UL : 0UL);
                break;

            default:
                throw new InvalidOperationException($"Unexpected property value of type {value.GetType()}.");
        }

        return message;
    }
}
