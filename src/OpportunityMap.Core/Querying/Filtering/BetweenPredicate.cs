namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>Value [NOT] BETWEEN Low AND High</c> on numbers, dates or timestamps (all three of one kind), bounds included.</summary>
public sealed record BetweenPredicate(ScalarExpression Value, ScalarExpression Low, ScalarExpression High, bool Negated) : FilterExpression;
