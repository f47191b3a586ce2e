namespace OpportunityMap.Core.Analysis;

/// <summary>
/// How the 1935 grades' household income (the report's headline) moves under the method's choices, computed: with
/// other sliver thresholds (the share of a tract that must lie on a grade's land for it to count), and leaving out one
/// tract at a time; whether each published order of two neighbouring grades survives them; and the tracts on graded
/// land the numbers cannot speak for.
/// </summary>
/// <param name="Thresholds">Each threshold tried (0 = any overlap; the published one is <see cref="MobilityAggregator.MinimumShare"/>) with every graded row's value.</param>
/// <param name="LeaveOneOut">Per graded row, the range of its value when each of its tracts is left out in turn.</param>
/// <param name="Orders">For each two neighbouring grades (A-B, B-C, C-D), whether the published order holds in every variation.</param>
/// <param name="Uncounted">Tracts with at least the sliver share on a grade's land that have no children count or no value.</param>
public sealed record HolcRobustness(
    IReadOnlyList<ThresholdValues> Thresholds,
    IReadOnlyList<LeaveOneOut> LeaveOneOut,
    IReadOnlyList<OrderCheck> Orders,
    IReadOnlyList<UncountedTract> Uncounted);

/// <summary>Each graded row's household income (A, B, C, D order) when tracts under <paramref name="MinimumShare"/> of their area on the land are left out.</summary>
public sealed record ThresholdValues(double MinimumShare, IReadOnlyList<double?> Values);

/// <summary>
/// A grade's household income with each of its tracts left out in turn: the lowest and highest, and which tract's absence
/// gives each; and the tract carrying the largest share of its weight.
/// </summary>
public sealed record LeaveOneOut(
    string Grade, double? Lowest, string? LowestWithout, double? Highest, string? HighestWithout, string? LargestTract, double LargestWeightShare);

/// <summary>
/// Whether grade <paramref name="Higher"/>'s published value stays above <paramref name="Lower"/>'s: in how many of the
/// variations (every threshold, every tract left out) it holds, and where it does not (a threshold as a share, a tract
/// by GEOID).
/// </summary>
public sealed record OrderCheck(string Higher, string Lower, int Variations, int Holds, IReadOnlyList<double> FlipsAtThresholds, IReadOnlyList<string> FlipsWithout);

/// <summary>A tract on a grade's land (<paramref name="Share"/> of the tract's area) whose children or value the data lacks.</summary>
public sealed record UncountedTract(string Grade, string Geoid, string? Name, double Share, double? Children, bool HasValue);
