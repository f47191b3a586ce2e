using OpportunityMap.Core.Nation;

namespace OpportunityMap.Core.Tests.Nation;

/// <summary>Every HOLC city's grades from a made-up lookup, worked out by hand.</summary>
public sealed class HolcCityMobilityTests
{
    private static readonly Dictionary<string, TractValue> Tracts = new()
    {
        ["t1"] = new(40_000, 1000),
        ["t2"] = new(20_000, 3000),
        ["t3"] = new(10_000, 2000),
        ["t4"] = new(null, 500),
        ["t5"] = new(30_000, 50),
    };

    private static HolcTractShare Row(string city, string holcId, string tract, double share) => new(city, city, "XX", holcId, tract, share);

    private static readonly HolcTractShare[] Rows =
    [
        // Alpha: A = half of t1 and a quarter of t2; D = all of t3 and a 0.5% sliver of t1; t4 has no value.
        Row("alpha", "A1", "t1", 0.5), Row("alpha", "A2", "t2", 0.25), Row("alpha", "D1", "t3", 1.0), Row("alpha", "D1", "t1", 0.005),
        Row("alpha", "D2", "t4", 1.0), Row("alpha", "12", "t2", 0.5),
        // Beta: A rests on 0.5 × 50 = 25 children (too few); D = all of t3.
        Row("beta", "A1", "t5", 0.5), Row("beta", "D1", "t3", 1.0),
        // Gamma: no D.
        Row("gamma", "A1", "t1", 1.0),
    ];

    [Fact]
    public void Blend_WeighsByShareTimesChildren_LeavingOutSliversAndLabelsWithoutAGrade()
    {
        var alpha = HolcCityMobility.Blend(Rows, Tracts).Cities.Single(c => c.CityKey == "alpha");

        // A: (500 × 40,000 + 750 × 20,000) / 1,250 = 28,000; D: t3 alone (the t1 sliver is under 1%, t4 has no value).
        Assert.Equal(28_000, alpha.Grade("A").Value!.Value, 1e-9);
        Assert.Equal(1250, alpha.Grade("A").Children, 1e-9);
        Assert.Equal(2, alpha.Grade("A").Tracts);
        Assert.Equal(10_000, alpha.Grade("D").Value!.Value, 1e-9);
        Assert.Equal(2, alpha.Grade("D").Areas);
        Assert.Null(alpha.Grade("B").Value);
        Assert.Equal(1, alpha.UngradedRows);
        Assert.Equal(18_000, alpha.GapAD!.Value, 1e-9);
    }

    [Fact]
    public void Blend_RanksGapsOnlyWhereAAndDRestOnEnoughChildren()
    {
        var report = HolcCityMobility.Blend(Rows, Tracts);
        var beta = report.Cities.Single(c => c.CityKey == "beta");

        Assert.True(beta.Grade("A").TooFewChildren);
        Assert.Equal(20_000, beta.GapAD!.Value, 1e-9);
        Assert.Null(beta.GapRank);
        Assert.Equal(1, report.Cities.Single(c => c.CityKey == "alpha").GapRank);
        Assert.Null(report.Cities.Single(c => c.CityKey == "gamma").GapAD);
        Assert.Equal((3, 2, 1), (report.Cities.Count, report.WithAAndD, report.Ranked));
    }

    [Fact]
    public void Blend_GapsWithinTheTieOfEachOther_AreOneBand()
    {
        // Three cities, all of A on t1 ($40,000) and all of D on a tract of their own: gaps $30,000, $29,500, $20,000.
        var tracts = new Dictionary<string, TractValue>(Tracts) { ["d1"] = new(10_000, 500), ["d2"] = new(10_500, 500), ["d3"] = new(20_000, 500) };
        HolcTractShare[] rows =
        [
            Row("one", "A1", "t1", 1), Row("one", "D1", "d1", 1), Row("two", "A1", "t1", 1), Row("two", "D1", "d2", 1),
            Row("three", "A1", "t1", 1), Row("three", "D1", "d3", 1),
        ];

        var cities = HolcCityMobility.Blend(rows, tracts).Cities.ToDictionary(c => c.CityKey);

        // $30,000 and $29,500 are within $1,000: ranks 1 and 2 are one band; $20,000 is clearly third.
        Assert.Equal((1, 1, 2), (cities["one"].GapRank, cities["one"].GapBestRank, cities["one"].GapWorstRank));
        Assert.Equal((2, 1, 2), (cities["two"].GapRank, cities["two"].GapBestRank, cities["two"].GapWorstRank));
        Assert.Equal((3, 3, 3), (cities["three"].GapRank, cities["three"].GapBestRank, cities["three"].GapWorstRank));
    }

    [Theory]
    [InlineData("south-bend-in", "southbend-in")]
    [InlineData("essex-co-nj", "essex-county-nj")]
    [InlineData("lake-co-gary-in", "lake-county-gary-in")]
    public void CityKeys_TheTwoFilesSpellings_MeetLoosely(string one, string other) =>
        Assert.Equal(CityKeys.Loose(one), CityKeys.Loose(other));
}
