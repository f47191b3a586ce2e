namespace OpportunityMap.Core.Nation;

/// <summary>
/// A county's commuting zone, its place by size among all zones (<see cref="SizeRank"/>, 1 = the most children), and
/// where its value stands among the <see cref="Largest"/> zones (null when it is not one of them).
/// </summary>
public sealed record CommutingZoneBenchmark(
    CommutingZoneValue Zone, int SizeRank, int Zones, Standing? AmongLargest, IReadOnlyList<CommutingZoneValue> Largest);
