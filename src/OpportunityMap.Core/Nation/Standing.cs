using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Core.Nation;

/// <summary>
/// Where a value stands among others: <see cref="Rank"/> of <see cref="Of"/> (1 = the highest value),
/// <see cref="Percentile"/> the share (0-100) of the others that are lower, and the band <see cref="BestRank"/> to
/// <see cref="WorstRank"/> of the ranks the data can tell apart: 1 + the values clearly above it, to the count less the
/// values clearly below it, two values being clearly apart when they differ by more than 1.96 × √(se₁² + se₂²) (a
/// missing standard error counts as 0), the rule of docs/data.md, "Small numbers". Null bounds without a standard error.
/// </summary>
public sealed record Standing(int Rank, int Of, double Percentile, int? BestRank, int? WorstRank)
{
    /// <summary>The standing of <paramref name="value"/> (with <paramref name="standardError"/>) among <paramref name="all"/>, which holds it.</summary>
    public static Standing Among(double value, double? standardError, IReadOnlyCollection<(double Value, double? StandardError)> all)
    {
        var higher = all.Count(o => o.Value > value);
        var lower = all.Count(o => o.Value < value);
        int? best = null;
        int? worst = null;
        if (standardError is { } se)
        {
            bool Apart(double a, double b, double? other) => a - b > RankBands.Z95 * Math.Sqrt(se * se + Math.Pow(other ?? 0, 2));
            best = 1 + all.Count(o => Apart(o.Value, value, o.StandardError));
            worst = all.Count - all.Count(o => Apart(value, o.Value, o.StandardError));
        }

        return new Standing(higher + 1, all.Count, all.Count > 1 ? 100.0 * lower / (all.Count - 1) : 0, best, worst);
    }
}
