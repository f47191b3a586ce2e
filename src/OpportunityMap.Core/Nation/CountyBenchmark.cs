namespace OpportunityMap.Core.Nation;

/// <summary>A county's values by group and their standings, and its commuting zone's (null when it has none).</summary>
public sealed record CountyBenchmark(CountyOutcome County, IReadOnlyList<GroupBenchmark> Groups, CommutingZoneBenchmark? CommutingZone);
