namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// <c>Left op Right</c> on two values of the same kind. Strings compare by Unicode code point (as PostgreSQL's
/// <c>COLLATE "C"</c> on UTF-8), numbers as numbers (an integer against a fraction as doubles), false &lt; true.
/// </summary>
public sealed record Comparison(ComparisonOperator Operator, ScalarExpression Left, ScalarExpression Right) : FilterExpression;
