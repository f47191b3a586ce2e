namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>An operand of a predicate: a property, a literal, or a function of them.</summary>
public abstract record ScalarExpression
{
    /// <summary>The kind of value it gives.</summary>
    public abstract ValueKind Kind { get; }
}
