namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>A queryable property of the layer, by name, with its declared type. Its value may be null.</summary>
public sealed record PropertyReference(string Name, PropertyType Type) : ScalarExpression
{
    /// <inheritdoc />
    public override ValueKind Kind => Type switch
    {
        PropertyType.Integer or PropertyType.Number => ValueKind.Number,
        PropertyType.Boolean => ValueKind.Boolean,
        PropertyType.Date => ValueKind.Date,
        PropertyType.Timestamp => ValueKind.Timestamp,
        _ => ValueKind.String,
    };
}
