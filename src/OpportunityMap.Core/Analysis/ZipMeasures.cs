namespace OpportunityMap.Core.Analysis;

/// <summary>
/// A ZIP code's measures for <see cref="SocialCapitalByGrade"/>: its grade shares (A, B, C, D, ungraded), the people
/// the measures describe (its weight, e.g. people below the median), and each measure's value and standard error
/// (null where the source has none).
/// </summary>
public sealed record ZipMeasures(
    string Zip, IReadOnlyList<double?> Shares, double? People, IReadOnlyList<double?> Values, IReadOnlyList<double?> StandardErrors);
