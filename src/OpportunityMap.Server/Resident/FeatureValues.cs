namespace OpportunityMap.Server.Resident;

/// <summary>Typed reads of a feature's properties by name; a property the layer lacks reads as null.</summary>
internal static class FeatureValues
{
    public static object? Value(this LayerMetadata layer, LayerFeature feature, string name)
    {
        var index = layer.IndexOf(name);
        return index < 0 ? null : feature.Values[index];
    }

    public static string? Text(this LayerMetadata layer, LayerFeature feature, string name) =>
        layer.Value(feature, name) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    public static double? Number(this LayerMetadata layer, LayerFeature feature, string name) => layer.Value(feature, name) switch
    {
        double d => d,
        long l => l,
        int i => i,
        _ => null,
    };

    public static long? Integer(this LayerMetadata layer, LayerFeature feature, string name) => layer.Value(feature, name) switch
    {
        long l => l,
        int i => i,
        _ => null,
    };
}
