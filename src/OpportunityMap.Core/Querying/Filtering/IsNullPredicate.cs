namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>Value IS [NOT] NULL</c>: never unknown.</summary>
public sealed record IsNullPredicate(ScalarExpression Value, bool Negated) : FilterExpression;
