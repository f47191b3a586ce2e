using OpportunityMap.Core.Nation;

namespace OpportunityMap.Core.Tests.Nation;

/// <summary>County and commuting-zone benchmarks on a handful of made-up counties, worked out by hand.</summary>
public sealed class CountyBenchmarksTests
{
    private static CountyOutcome County(string fips, string? zone, double? value, double? children, double? black = null, double? blackChildren = null) =>
        new(fips, zone, zone is null ? null : $"Zone {zone}", new Dictionary<string, GroupOutcome>
        {
            ["pooled"] = new(value, 0.001, children),
            ["black"] = new(black, 0.002, blackChildren),
            ["white"] = new(null, null, null),
            ["hisp"] = new(null, null, null),
        });

    // State 37: three counties in zone 1 and 2; state 45: two counties, one in zone 2, one without a zone.
    private static readonly CountyOutcome[] Counties =
    [
        County("37001", "1", 0.40, 1000, 0.30, 500),
        County("37003", "1", 0.30, 3000, 0.28, 50),
        County("37005", "2", 0.45, 100),
        County("45001", "2", 0.35, 300),
        County("45003", null, 0.50, 200),
        County("45005", "3", null, null),
    ];

    [Fact]
    public void For_RanksTheCountyAmongTheNationAndItsState()
    {
        var benchmark = CountyBenchmarks.For(Counties, "37001")!;
        var pooled = benchmark.Groups.Single(g => g.Group == "pooled");

        // Nation: 0.50, 0.45 above; five counties with a value. State 37: 0.45 above; three counties.
        Assert.Equal((3, 5), (pooled.Nation!.Rank, pooled.Nation.Of));
        Assert.Equal((2, 3), (pooled.State!.Rank, pooled.State.Of));
    }

    [Fact]
    public void For_AGroupOnTooFewChildren_IsShownButNotRanked()
    {
        var black = CountyBenchmarks.For(Counties, "37003")!.Groups.Single(g => g.Group == "black");

        Assert.Equal(0.28, black.Outcome.Value);
        Assert.True(black.TooFewChildren);
        Assert.Null(black.Nation);
    }

    [Fact]
    public void CommutingZones_WeighTheirCountiesByChildren_LargestFirst()
    {
        var zones = CountyBenchmarks.CommutingZones(Counties);

        // Zone 1: (1000 × 0.40 + 3000 × 0.30) / 4000 = 0.325 on 4,000 children; zone 2: (100 × 0.45 + 300 × 0.35) / 400 = 0.375.
        Assert.Equal(["1", "2"], zones.Select(z => z.Id));
        Assert.Equal(0.325, zones[0].Value, 1e-12);
        Assert.Equal(4000, zones[0].Children);
        Assert.Equal(0.375, zones[1].Value, 1e-12);
        // Standard errors combined as independent: √((1000 × 0.001)² + (3000 × 0.001)²) / 4000.
        Assert.Equal(Math.Sqrt(1 + 9) / 4000, zones[0].StandardError!.Value, 1e-15);
    }

    [Fact]
    public void For_TheZoneIsRankedAmongTheLargest()
    {
        var zone = CountyBenchmarks.For(Counties, "37003")!.CommutingZone!;

        Assert.Equal("1", zone.Zone.Id);
        Assert.Equal(1, zone.SizeRank);
        Assert.Equal((2, 2), (zone.AmongLargest!.Rank, zone.AmongLargest.Of));
        Assert.Null(CountyBenchmarks.For(Counties, "45003")!.CommutingZone);
        Assert.Null(CountyBenchmarks.For(Counties, "99999"));
    }
}
