namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>A string, a number (<see cref="long"/> when written without a fraction or exponent and in range, else a
/// finite <see cref="double"/>) or a boolean.</summary>
public sealed record Literal(object Value) : ScalarExpression
{
    /// <inheritdoc />
    public override ValueKind Kind => Value switch
    {
        string => ValueKind.String,
        bool => ValueKind.Boolean,
        _ => ValueKind.Number,
    };
}
