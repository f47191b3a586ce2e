namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>The order <see cref="FeatureQuery.SortBy"/> asks for: each key with nulls last, then feature id (ordinal).</summary>
public static class FeatureOrder
{
    /// <summary>A comparer of <paramref name="layer"/>'s features by <paramref name="keys"/>, then id.</summary>
    /// <exception cref="ArgumentException">A key names no scalar property of the layer.</exception>
    public static Comparison<LayerFeature> Comparer(LayerMetadata layer, IReadOnlyList<SortProperty> keys)
    {
        var resolved = keys.Select(k =>
        {
            var index = layer.IndexOf(k.Property);
            return index >= 0 && FilterValues.IsScalar(layer.Properties[index].Type)
                ? (Index: index, Sign: k.Descending ? -1 : 1)
                : throw new ArgumentException($"Layer {layer.Id} has no scalar property {k.Property} to sort by.", nameof(keys));
        }).ToArray();

        return (a, b) =>
        {
            foreach (var (index, sign) in resolved)
            {
                var (x, y) = (a.Values[index], b.Values[index]);
                var order = (x, y) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    _ => sign * FilterValues.Compare(x, y),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return string.CompareOrdinal(a.Id, b.Id);
        };
    }
}
