namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>Left AND Right</c>.</summary>
public sealed record AndExpression(FilterExpression Left, FilterExpression Right) : FilterExpression;
