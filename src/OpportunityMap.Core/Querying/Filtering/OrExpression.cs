namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>Left OR Right</c>.</summary>
public sealed record OrExpression(FilterExpression Left, FilterExpression Right) : FilterExpression;
