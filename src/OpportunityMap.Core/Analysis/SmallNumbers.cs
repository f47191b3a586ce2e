namespace OpportunityMap.Core.Analysis;

/// <summary>
/// The small-number rule (docs/data.md, "Small numbers"): a mobility value resting on fewer than
/// <see cref="MinimumChildren"/> children is published with its count but shown as "too few children to rank", and it is
/// not ranked. The same rule for tracts, ZIP codes, drawn areas, 1935 grades and each group of children.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The fewest children a value may rest on to be ranked or compared.</summary>
    public const double MinimumChildren = 100;

    /// <summary>Whether <paramref name="children"/> (null: unknown) is under the minimum.</summary>
    public static bool TooFew(double? children) => children is not >= MinimumChildren;
}
