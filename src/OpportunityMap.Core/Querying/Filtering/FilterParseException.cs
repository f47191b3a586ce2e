namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>A CQL2 filter that cannot be used: bad syntax, an unknown property, mismatched types, or over a limit.</summary>
/// <param name="Position">The 1-based character position where the problem is (the text's length + 1 at its end).</param>
/// <param name="Problem">What was wrong or expected there, without the position.</param>
public sealed class FilterParseException(int position, string problem)
    : Exception($"{problem} at position {position}")
{
    /// <summary>The 1-based character position of the problem.</summary>
    public int Position { get; } = position;

    /// <summary>What was wrong or expected, without the position.</summary>
    public string Problem { get; } = problem;
}
