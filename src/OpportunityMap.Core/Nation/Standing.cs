namespace OpportunityMap.Core.Nation;

/// <summary>
/// Where a value stands among others: <see cref="Rank"/> of <see cref="Of"/> (1 = the highest value),
/// <see cref="Percentile"/> the share (0-100) of the others that are lower, and <see cref="BestRank"/> to
/// <see cref="WorstRank"/> the ranks it could have were its value anywhere in its 95% interval (the others fixed);
/// null bounds when it has no standard error.
/// </summary>
public sealed record Standing(int Rank, int Of, double Percentile, int? BestRank, int? WorstRank)
{
    /// <summary>The standing of <paramref name="value"/> (±1.96 × <paramref name="standardError"/>) among <paramref name="all"/>, which holds it.</summary>
    public static Standing Among(double value, double? standardError, IReadOnlyCollection<double> all)
    {
        var higher = all.Count(v => v > value);
        var lower = all.Count(v => v < value);
        int? best = null;
        int? worst = null;
        if (standardError is { } se)
        {
            // Moved up, it passes every value below value + 1.96 se; moved down, every value above value - 1.96 se
            // passes it (its own unmoved value among them, which stands for its own place).
            best = 1 + all.Count(v => v > value + 1.96 * se);
            worst = Math.Max(higher + 1, all.Count(v => v > value - 1.96 * se));
        }

        return new Standing(higher + 1, all.Count, all.Count > 1 ? 100.0 * lower / (all.Count - 1) : 0, best, worst);
    }
}
