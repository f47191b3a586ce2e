using OpportunityMap.Core.Analysis;

namespace OpportunityMap.Core.Nation;

/// <summary>
/// Where a county stands among US counties and among its state's, by group, and where its commuting zone stands among
/// the largest zones, all from the Opportunity Atlas county file (docs/data.md, "Benchmarks"). Stateless, thread-safe.
/// </summary>
public static class CountyBenchmarks
{
    /// <summary>The groups of the county file: all children, then by race and ethnicity.</summary>
    public static readonly IReadOnlyList<string> Groups = ["pooled", "black", "white", "hisp"];

    /// <summary>How many of the largest commuting zones the zone is ranked among (as the 2014 ranking of 50 cities).</summary>
    public const int LargestZones = 50;

    /// <summary>The county <paramref name="fips"/>'s benchmark, or null when the file has no such county.</summary>
    public static CountyBenchmark? For(IReadOnlyList<CountyOutcome> counties, string fips)
    {
        var county = counties.FirstOrDefault(c => c.Fips == fips);
        if (county is null)
        {
            return null;
        }

        var groups = Groups.Select(group =>
        {
            var outcome = county.Groups[group];
            var tooFew = SmallNumbers.TooFew(outcome.Children) && outcome.Children is not null;
            if (outcome.Value is not { } value || tooFew)
            {
                return new GroupBenchmark(group, outcome, tooFew, null, null);
            }

            var nation = ValuesOf(counties, group);
            var state = ValuesOf(counties.Where(c => c.State == county.State), group);
            return new GroupBenchmark(group, outcome, false,
                Standing.Among(value, outcome.StandardError, nation), Standing.Among(value, outcome.StandardError, state));
        }).ToList();
        return new CountyBenchmark(county, groups, Zone(counties, county));
    }

    /// <summary>Every commuting zone with children, largest first (ties by id).</summary>
    public static IReadOnlyList<CommutingZoneValue> CommutingZones(IReadOnlyList<CountyOutcome> counties) =>
        [.. counties
            .Where(c => c.CommutingZone is not null && c.Groups["pooled"] is { Value: not null, Children: > 0 })
            .GroupBy(c => c.CommutingZone!, StringComparer.Ordinal)
            .Select(zone =>
            {
                var children = zone.Sum(c => c.Groups["pooled"].Children!.Value);
                var value = zone.Sum(c => c.Groups["pooled"].Children!.Value * c.Groups["pooled"].Value!.Value) / children;
                double? se = zone.All(c => c.Groups["pooled"].StandardError is not null)
                    ? Math.Sqrt(zone.Sum(c => Math.Pow(c.Groups["pooled"].Children!.Value * c.Groups["pooled"].StandardError!.Value, 2))) / children
                    : null;
                return new CommutingZoneValue(zone.Key, zone.First().CommutingZoneName ?? zone.Key, value, se, children, zone.Count());
            })
            .OrderByDescending(z => z.Children).ThenBy(z => z.Id, StringComparer.Ordinal)];

    private static CommutingZoneBenchmark? Zone(IReadOnlyList<CountyOutcome> counties, CountyOutcome county)
    {
        var zones = CommutingZones(counties);
        var index = zones.ToList().FindIndex(z => z.Id == county.CommutingZone);
        if (index < 0)
        {
            return null;
        }

        var zone = zones[index];
        var largest = zones.Take(LargestZones).ToList();
        var among = index < LargestZones ? Standing.Among(zone.Value, zone.StandardError, [.. largest.Select(z => (z.Value, z.StandardError))]) : null;
        return new CommutingZoneBenchmark(zone, index + 1, zones.Count, among, [.. largest.OrderByDescending(z => z.Value)]);
    }

    private static List<(double Value, double? StandardError)> ValuesOf(IEnumerable<CountyOutcome> counties, string group) =>
        [.. counties.Select(c => c.Groups[group]).Where(o => o.Value is not null).Select(o => (o.Value!.Value, o.StandardError))];
}
