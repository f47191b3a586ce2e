namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// A string, a number (<see cref="long"/> when written without a fraction or exponent and in range, else a finite
/// <see cref="double"/>), a boolean, a <see cref="DateOnly"/> (<c>DATE('…')</c>) or a UTC <see cref="DateTimeOffset"/>
/// cut to the microsecond (<c>TIMESTAMP('…')</c>).
/// </summary>
public sealed record Literal(object Value) : ScalarExpression
{
    /// <inheritdoc />
    public override ValueKind Kind => Value switch
    {
        string => ValueKind.String,
        bool => ValueKind.Boolean,
        DateOnly => ValueKind.Date,
        DateTimeOffset => ValueKind.Timestamp,
        _ => ValueKind.Number,
    };
}
