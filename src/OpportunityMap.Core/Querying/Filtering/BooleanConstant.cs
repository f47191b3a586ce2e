namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>A bare <c>TRUE</c> or <c>FALSE</c> used as a whole predicate.</summary>
public sealed record BooleanConstant(bool Value) : FilterExpression;
