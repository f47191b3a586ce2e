namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>The binary comparison operators of CQL2 basic filtering.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
