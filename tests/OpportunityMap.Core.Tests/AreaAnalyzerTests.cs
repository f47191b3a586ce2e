using static OpportunityMap.Core.Tests.AnalysisLayers;

namespace OpportunityMap.Core.Tests;

/// <summary>Summaries and the 1935 report on <see cref="AnalysisLayers"/>, every number worked out by hand.</summary>
public sealed class AreaAnalyzerTests
{
    private static readonly AreaAnalyzer Analyzer = AreaAnalyzer.FromLayers(All, new Identity());

    // The square S = [5,25]×[0,10], 200 m².
    private static readonly AreaSummary Square = Analyzer.Summarize(Box(5, 25, 0, 10));

    [Fact]
    public void Summarize_Square_AreaAndGradeMixByHand()
    {
        Assert.Equal(200, Square.SquareMetres, 1e-9);
        Assert.Equal(0.0002, Square.SquareKilometres, 1e-12);
        // A: [5,10]×[0,10] = 50; D: [10,20]×[0,10] = 100; the rest [20,25]×[0,10] = 50 is not graded.
        Assert.Equal(["A", "B", "C", "D", "ungraded"], Square.Grades.Select(g => g.Grade));
        Assert.Equal([0.25, 0, 0, 0.5, 0.25], Square.Grades.Select(g => Math.Round(g.Share, 12)));
    }

    [Fact]
    public void Summarize_Square_MobilityWeightsShareTimesChildren()
    {
        // T1: 50 of 200 inside = 0.25 × 100 = 25; T2: 150 of 400 = 0.375 × 300 = 112.5.
        // (25 × 10,000 + 112.5 × 40,000) / 137.5 = 34,545.4545...; top 20: only T1 has one = 0.1.
        Assert.Equal(4_750_000 / 137.5, Square.Mobility.Values[0]!.Value, 1e-6);
        Assert.Equal(0.1, Square.Mobility.Values[1]!.Value, 1e-12);
        Assert.Equal((25 * 30 + 112.5 * 50) / 137.5, Square.Mobility.Values[2]!.Value, 1e-9);
        Assert.Equal(["T1", "T2"], Square.Mobility.Tracts.Select(t => t.Tract.Id));
        Assert.Equal([0.25, 0.375], Square.Mobility.Tracts.Select(t => t.Share));
        Assert.Equal(137.5, Square.Children, 1e-9);
    }

    [Fact]
    public void Summarize_Square_ResourcesOnTheEdgeCount()
    {
        // The library (5,5) and the park (25,5) lie on the edge, the park (15,5) inside; the school is far away.
        Assert.Equal([("library", 1), ("park", 2), ("school", 0)], Square.Resources.Select(r => (r.Category, r.Count)));
        Assert.Equal(2 / 0.0002, Square.Resources[1].PerSquareKilometre, 1e-6);
    }

    [Fact]
    public void Summarize_Square_MetricsWeightedByOverlap()
    {
        // N1: [5,20]×[0,10] = 150 at 50; N2: [20,25]×[0,10] = 50 at 10: (7,500 + 500) / 200 = 40. Grade shares are not metrics.
        var metric = Assert.Single(Square.Metrics);
        Assert.Equal(("grocery_proximity", 40.0, (long?)2023), (metric.Name, Math.Round(metric.Value!.Value, 9), metric.Year));
        Assert.Equal([("1", 0.75, 150 / 400.0), ("2", 0.25, 50 / 400.0)], Square.Neighborhoods.Select(n => (n.Id, n.ShareOfArea, n.ShareOfNeighborhood)));
        Assert.Equal(1, Square.CountyCoverage, 1e-12);
    }

    [Fact]
    public void Summarize_OutsideTheData_ZeroCoverageAndNoMobility()
    {
        var summary = Analyzer.Summarize(Box(1000, 1010, 1000, 1010), TestContext.Current.CancellationToken);

        Assert.Equal(0, summary.CountyCoverage);
        Assert.Null(summary.Mobility.Values[0]);
        Assert.Empty(summary.Mobility.Tracts);
        Assert.Equal(1, summary.Grades.Single(g => g.Grade == "ungraded").Share);
        Assert.All(summary.Resources, r => Assert.Equal(0, r.Count));
    }

    [Fact]
    public void Summarize_SmallAreaInsideOneTract_StillGetsThatTract()
    {
        // 1 m² is 0.5% of T1, under the ZIP sliver rule, but it is all of the drawn area.
        var summary = Analyzer.Summarize(Box(1, 2, 11, 12), TestContext.Current.CancellationToken);

        Assert.Equal(10_000, summary.Mobility.Values[0]);
        Assert.Equal("T1", Assert.Single(summary.Mobility.Tracts).Tract.Id);
    }

    [Fact]
    public void HolcVsToday_GradesAndUngradedBaseline_ByHand()
    {
        var report = Analyzer.HolcVsToday();

        Assert.Equal(["A", "B", "C", "D", "ungraded"], report.Rows.Select(r => r.Grade));
        Assert.Equal([1, 0, 0, 1, 0], report.Rows.Select(r => r.HolcAreas));
        // County = N1 ∪ N2 = [0,40]×[0,20] = 800; ungraded = 800 - 200.
        Assert.Equal([100, 0, 0, 100, 600], report.Rows.Select(r => Math.Round(r.Summary.SquareMetres, 9)));
        // A = half of T1 only (T2 just touches it); D = [10,20]×[0,10] = a quarter of T2.
        Assert.Equal(10_000, report.Rows[0].Summary.Mobility.Values[0]);
        Assert.Equal(40_000, report.Rows[3].Summary.Mobility.Values[0]);
        Assert.Equal(75, report.Rows[3].Summary.Children, 1e-9);
        Assert.Null(report.Rows[1].Summary.Mobility.Values[0]);
        // Ungraded: T1 [0,10]×[10,20] = 0.5 × 100 = 50; T2 400 - 100 = 0.75 × 300 = 225: (500,000 + 9,000,000) / 275.
        Assert.Equal(9_500_000 / 275.0, report.Rows[4].Summary.Mobility.Values[0]!.Value, 1e-6);
        // County: (100 × 10,000 + 300 × 40,000) / 400.
        Assert.Equal(32_500, report.CountyMobility[0].Value);
    }
}
