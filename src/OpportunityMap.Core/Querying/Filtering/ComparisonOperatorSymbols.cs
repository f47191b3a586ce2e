namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>The text of each comparison operator, the same in CQL2 and SQL.</summary>
public static class ComparisonOperatorSymbols
{
    /// <summary>Every operator by its symbol.</summary>
    public static readonly IReadOnlyDictionary<string, ComparisonOperator> BySymbol = new Dictionary<string, ComparisonOperator>
    {
        ["="] = ComparisonOperator.Equal,
        ["<>"] = ComparisonOperator.NotEqual,
        ["<"] = ComparisonOperator.Less,
        ["<="] = ComparisonOperator.LessOrEqual,
        [">"] = ComparisonOperator.Greater,
        [">="] = ComparisonOperator.GreaterOrEqual,
    };

    /// <summary>The operator's symbol, e.g. <c>&lt;&gt;</c>.</summary>
    public static string Symbol(this ComparisonOperator op) => BySymbol.First(p => p.Value == op).Key;
}
