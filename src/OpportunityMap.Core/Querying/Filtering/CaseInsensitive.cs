namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>CASEI(Operand)</c>: the string lower-cased, so that comparisons and LIKE ignore case.</summary>
public sealed record CaseInsensitive(ScalarExpression Operand) : ScalarExpression
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.String;
}
