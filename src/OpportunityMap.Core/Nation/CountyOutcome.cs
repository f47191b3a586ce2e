namespace OpportunityMap.Core.Nation;

/// <summary>A US county's outcomes, by group (<see cref="CountyBenchmarks.Groups"/>), and its commuting zone.</summary>
/// <param name="Fips">Five digits: the state's two, the county's three (e.g. 37119).</param>
/// <param name="CommutingZone">The 1990 commuting zone's id, or null when the crosswalk has none for the county.</param>
public sealed record CountyOutcome(
    string Fips, string? CommutingZone, string? CommutingZoneName, IReadOnlyDictionary<string, GroupOutcome> Groups)
{
    /// <summary>The state's two digits.</summary>
    public string State => Fips[..2];
}
