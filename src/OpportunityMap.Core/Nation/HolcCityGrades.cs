namespace OpportunityMap.Core.Nation;

/// <summary>
/// One city of the lookup: its grades A-D in order, the A-D gap (A minus D; null unless both have a value), the
/// gap's rank, 1 = the largest (null when A or D is missing or rests on too few children), and the band of ranks
/// gaps within <see cref="RankBands.TieDollars"/> of each other leave it (<see cref="GapBestRank"/> to
/// <see cref="GapWorstRank"/>).
/// </summary>
/// <param name="UngradedRows">Lookup rows whose label does not start with A-D, left out.</param>
public sealed record HolcCityGrades(
    string CityKey, string City, string State, IReadOnlyList<GradeValue> Grades, double? GapAD, int? GapRank, int UngradedRows)
{
    public int? GapBestRank { get; init; }

    public int? GapWorstRank { get; init; }

    /// <summary>The grade's value (A, B, C or D).</summary>
    public GradeValue Grade(string grade) => Grades.First(g => g.Grade == grade);
}
