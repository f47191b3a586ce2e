namespace OpportunityMap.Core.Analysis;

/// <summary>
/// The one rule for small numbers: a mobility score that rests on fewer than <see cref="MinimumChildren"/> children
/// (a tract's, a county's, or a blend's sum of share × children) is published with its children but flagged "too few
/// children to rank" and given no rank. The Opportunity Atlas itself suppresses estimates from fewer than 20
/// children; a blend may rest on slivers of tracts, so the bar for ranking is set higher.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The fewest children a score may rest on and still be ranked.</summary>
    public const double MinimumChildren = 100;

    /// <summary>Whether a score resting on <paramref name="children"/> (null: unknown) is too small to rank.</summary>
    public static bool TooFewToRank(double? children) => children is not >= MinimumChildren;
}
