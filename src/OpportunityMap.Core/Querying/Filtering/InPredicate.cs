namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>Value [NOT] IN (Items...)</c>: true when Value equals any item.</summary>
public sealed record InPredicate(ScalarExpression Value, IReadOnlyList<ScalarExpression> Items, bool Negated) : FilterExpression
{
    /// <summary>Equal when the value, the items (in order) and negation are.</summary>
    public bool Equals(InPredicate? other) =>
        other is not null && Value.Equals(other.Value) && Negated == other.Negated && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Items.Count, Negated);
}
