namespace OpportunityMap.Core.Analysis;

/// <summary>
/// Ranks that do not tell apart what the data cannot (docs/data.md, "Small numbers"): an area's rank is a band, from 1 +
/// the number of areas clearly above it to the number of areas not clearly below it. Two values are clearly apart when
/// both have standard errors and their difference exceeds 1.96 × √(se₁² + se₂²) (a 95% test), or, without standard
/// errors, when they differ by at least <c>tie</c>. Areas not ranked (too few children, no value) take no part.
/// </summary>
public static class RankBands
{
    /// <summary>Without standard errors, household incomes closer than this many dollars are not told apart.</summary>
    public const double TieDollars = 1000;

    /// <summary>The z of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Each item's band (best, worst; 1 = highest value), or null for an item not ranked.</summary>
    public static (long Best, long Worst)?[] Rank(IReadOnlyList<(double? Value, double? StandardError, bool Ranked)> items, double tie)
    {
        var ranked = Enumerable.Range(0, items.Count).Where(i => items[i].Ranked && items[i].Value is not null).ToList();
        var bands = new (long Best, long Worst)?[items.Count];
        foreach (var i in ranked)
        {
            var above = ranked.Count(j => j != i && ClearlyAbove(items[j], items[i], tie));
            var below = ranked.Count(j => j != i && ClearlyAbove(items[i], items[j], tie));
            bands[i] = (1 + above, ranked.Count - below);
        }

        return bands;
    }

    private static bool ClearlyAbove((double? Value, double? StandardError, bool Ranked) a, (double? Value, double? StandardError, bool Ranked) b, double tie) =>
        a.StandardError is { } sa && b.StandardError is { } sb
            ? a.Value!.Value - b.Value!.Value > Z95 * Math.Sqrt(sa * sa + sb * sb)
            : a.Value!.Value - b.Value!.Value >= tie;
}
