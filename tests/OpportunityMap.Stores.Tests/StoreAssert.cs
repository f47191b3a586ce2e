namespace OpportunityMap.Stores.Tests;

/// <summary>What "the same answer" from two stores means: equal counts, ids, geometries (exactly) and typed values.</summary>
internal static class StoreAssert
{
    public static void SamePage(FeaturePage expected, FeaturePage actual)
    {
        Assert.Equal(expected.NumberMatched, actual.NumberMatched);
        Assert.Equal(expected.Features.Select(f => f.Id), actual.Features.Select(f => f.Id));
        for (var f = 0; f < expected.Features.Count; f++)
        {
            SameFeature(expected.Features[f], actual.Features[f]);
        }
    }

    public static void SameFeature(LayerFeature expected, LayerFeature actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.True(expected.Geometry.EqualsExact(actual.Geometry), $"{expected.Id}: {expected.Geometry} != {actual.Geometry}");
        Assert.Equal(expected.Geometry.SRID, actual.Geometry.SRID);
        // object.Equals: a long is not equal to an int, nor a double to a decimal, so the CLR types must match too.
        Assert.Equal(expected.Values, actual.Values);
    }

    /// <summary>Every value is null or of the CLR type its property's type names.</summary>
    public static void TypedValues(LayerMetadata layer, LayerFeature feature)
    {
        for (var i = 0; i < layer.Properties.Count; i++)
        {
            if (feature.Values[i] is { } value)
            {
                var expected = layer.Properties[i].Type switch
                {
                    PropertyType.Integer => typeof(long),
                    PropertyType.Number => typeof(double),
                    PropertyType.Boolean => typeof(bool),
                    _ => typeof(string),
                };
                Assert.True(value.GetType() == expected, $"{layer.Id}/{feature.Id}.{layer.Properties[i].Name} is a {value.GetType()}");
            }
        }
    }
}
