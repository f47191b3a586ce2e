namespace OpportunityMap.Core.Nation;

/// <summary>
/// One group's value in a county and where it stands among the US counties with a value for that group
/// (<see cref="Nation"/>) and among its state's (<see cref="State"/>); both null when the county has no value or
/// <see cref="TooFewChildren"/> (see <see cref="Analysis.SmallNumbers"/>).
/// </summary>
public sealed record GroupBenchmark(string Group, GroupOutcome Outcome, bool TooFewChildren, Standing? Nation, Standing? State);
