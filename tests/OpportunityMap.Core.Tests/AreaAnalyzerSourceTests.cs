using static OpportunityMap.Core.Tests.AnalysisLayers;

namespace OpportunityMap.Core.Tests;

/// <summary>
/// What issue 14 asked of the summaries, on <see cref="AnalysisLayers.Full"/> by hand: each metric combined as its
/// source says, per-km² on land, each group of children on its own count, the small-number rule.
/// </summary>
public sealed class AreaAnalyzerSourceTests
{
    private static readonly AreaAnalyzer Analyzer = AreaAnalyzer.FromLayers(Full, new Identity());

    // The square S = [5,25]×[0,10]: 150 of N1's 400 (0.375) and 50 of N2's 400 (0.125).
    private static readonly AreaSummary Square = Analyzer.Summarize(Box(5, 25, 0, 10));

    [Fact]
    public void Summarize_RatioMetric_IsSumOfNumeratorsOverSumOfDenominators_EachApportioned()
    {
        // Σ r = 0.375 × 100 × 50 + 0.125 × 300 × 10 = 2,250; Σ d = 37.5 + 37.5 = 75: 30 (the area-weighted mean says 40).
        var metric = Assert.Single(Square.Metrics);

        Assert.Equal(30, metric.Value!.Value, 1e-9);
        Assert.Equal((2019L, 2023L), (metric.FirstYear, metric.Year));
        // √((37.5 × 4)² + (37.5 × 8)²) / 75.
        Assert.Equal(Math.Sqrt(150 * 150 + 300 * 300) / 75, metric.MarginOfError!.Value, 1e-9);
    }

    [Fact]
    public void Summarize_LandExcludesWater_AndDensitiesAreOnLand()
    {
        // 0.375 × 300 + 0.125 × 400 = 162.5 m² of land in 200 m²; two parks.
        Assert.Equal(200, Square.SquareMetres, 1e-9);
        Assert.Equal(162.5, Square.LandSquareMetres, 1e-9);
        Assert.Equal(2 / 162.5e-6, Square.Resources.Single(r => r.Category == "park").PerSquareKilometre, 1e-6);
    }

    [Fact]
    public void Summarize_GroupValue_RestsOnTheGroupsOwnChildren()
    {
        // Black: T1 0.25 × 10 = 2.5 at 20, T2 0.375 × 90 = 33.75 at 40: 1,400 / 36.25, behind it 36.25 children: too few.
        var black = Square.Mobility.Estimates[3];

        Assert.Equal(1_400 / 36.25, black.Value!.Value, 1e-9);
        Assert.Equal(36.25, black.Children, 1e-9);
        Assert.True(black.TooFewChildren);
        // All children: 25 + 112.5 = 137.5, enough.
        Assert.Equal(137.5, Square.Children, 1e-9);
        Assert.False(Square.Mobility.Estimates[0].TooFewChildren);
    }

    [Fact]
    public void HolcVsToday_CountyRow_HasEveryTractWhole_AndTheCountysLand()
    {
        var county = Analyzer.HolcVsToday().County;

        Assert.Equal(32_500, county.Summary.Mobility.Values[0]);
        Assert.Equal(400, county.Summary.Children, 1e-9);
        Assert.Equal(700e-6, county.Summary.LandSquareKilometres, 1e-12);
    }
}
