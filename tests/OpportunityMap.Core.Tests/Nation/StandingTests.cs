using OpportunityMap.Core.Nation;

namespace OpportunityMap.Core.Tests.Nation;

/// <summary>Ranks, percentiles and the bands of ranks the standard errors allow, worked out by hand.</summary>
public sealed class StandingTests
{
    // Five values 0.50 > 0.40 > 0.35 > 0.34 > 0.20, each with standard error 0.01.
    private static readonly (double Value, double? StandardError)[] Five =
        [(0.50, 0.01), (0.40, 0.01), (0.35, 0.01), (0.34, 0.01), (0.20, 0.01)];

    [Fact]
    public void Among_RanksFromTheTop_AndCountsTheOthersBelowAsThePercentile()
    {
        var standing = Standing.Among(0.35, 0.01, Five);

        Assert.Equal(3, standing.Rank);
        Assert.Equal(5, standing.Of);
        // Two of the four others are lower.
        Assert.Equal(50.0, standing.Percentile, 1e-9);
    }

    [Fact]
    public void Among_ValuesCloserThanTheirCombinedErrors_AreOneBand()
    {
        // 1.96 × √(0.01² + 0.01²) = 0.0277: 0.35 and 0.34 cannot be told apart, 0.40 (0.05 above) and 0.20 can.
        var standing = Standing.Among(0.35, 0.01, Five);

        Assert.Equal(3, standing.BestRank);
        Assert.Equal(4, standing.WorstRank);
    }

    [Fact]
    public void Among_WithoutAStandardError_HasNoBand()
    {
        var standing = Standing.Among(0.40, null, Five);

        Assert.Equal(2, standing.Rank);
        Assert.Null(standing.BestRank);
        Assert.Null(standing.WorstRank);
    }
}
