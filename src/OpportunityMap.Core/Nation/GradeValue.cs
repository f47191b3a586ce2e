namespace OpportunityMap.Core.Nation;

/// <summary>
/// One grade of one city: the blended value (null when no tract with a value overlaps it), the children it rests on
/// (Σ share × children), the tracts blended, the HOLC areas of that grade in the lookup, and whether
/// <see cref="Children"/> is under the minimum (<see cref="Analysis.SmallNumbers"/>).
/// </summary>
public sealed record GradeValue(string Grade, double? Value, double Children, int Tracts, int Areas, bool TooFewChildren);
