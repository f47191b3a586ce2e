namespace OpportunityMap.Core.Tests;

/// <summary>Rank bands by hand: what is too close to tell apart shares a band; what is not ranked takes no part.</summary>
public sealed class RankBandsTests
{
    [Fact]
    public void Rank_ValuesCloserThanTheTie_ShareABand()
    {
        // 40,000 and 39,500 are $500 apart (tied: 1-2); 30,000 is clearly below both (3); 29,991 is $9 below it (3-4).
        var bands = RankBands.Rank([(40_000, null, true), (39_500, null, true), (30_000, null, true), (29_991, null, true)], 1_000);

        Assert.Equal([(1, 2), (1, 2), (3, 4), (3, 4)], bands.Select(b => (b!.Value.Best, b.Value.Worst)));
    }

    [Fact]
    public void Rank_TooFewChildrenOrNoValue_IsNotRanked_AndNotCounted()
    {
        var bands = RankBands.Rank([(40_000, null, true), (50_000, null, false), (null, null, true), (20_000, null, true)], 1_000);

        Assert.Equal((1L, 1L), bands[0]);
        Assert.Null(bands[1]);
        Assert.Null(bands[2]);
        Assert.Equal((2L, 2L), bands[3]);
    }

    [Fact]
    public void Rank_WithStandardErrors_ComparesNinetyFivePercentIntervals()
    {
        // 1,000 apart with se 300 each: 1,000 > 1.96 × √(2 × 300²) = 831.6, apart. With se 400: 1,108.7, tied.
        var apart = RankBands.Rank([(41_000, 300, true), (40_000, 300, true)], 1_000_000);
        var tied = RankBands.Rank([(41_000, 400, true), (40_000, 400, true)], 0);

        Assert.Equal([(1L, 1L), (2L, 2L)], apart.Select(b => b!.Value));
        Assert.Equal([(1L, 2L), (1L, 2L)], tied.Select(b => b!.Value));
    }
}
