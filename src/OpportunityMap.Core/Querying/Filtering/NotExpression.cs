namespace OpportunityMap.Core.Querying.Filtering;

/// <summary><c>NOT Operand</c> (unknown stays unknown).</summary>
public sealed record NotExpression(FilterExpression Operand) : FilterExpression;
