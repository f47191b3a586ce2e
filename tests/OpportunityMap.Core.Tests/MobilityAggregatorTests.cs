namespace OpportunityMap.Core.Tests;

/// <summary>The blending method on squares whose answer is worked out by hand (planar units, as after projection).</summary>
public sealed class MobilityAggregatorTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Box(double minX, double maxX) =>
        (Polygon)Factory.ToGeometry(new Envelope(minX, maxX, 0, 10));

    // T1 = [0,10]×[0,10], 100 children, $10; T2 = [10,20], 300 children, $30; T3 = [20,30], 50 children, suppressed.
    private static readonly MobilityTract[] Tracts =
    [
        new("T1", Box(0, 10), 100, [10.0, 0.1]),
        new("T2", Box(10, 20), 300, [30.0, null]),
        new("T3", Box(20, 30), 50, [null, 0.5]),
    ];

    [Fact]
    public void Blend_WholeAndHalfTract_WeightsByShareTimesChildren()
    {
        // [0,15]: all of T1 (1 × 100 = 100), half of T2 (0.5 × 300 = 150): (100×10 + 150×30) / 250 = 5500 / 250 = 22.
        var blend = Assert.Single(MobilityAggregator.Blend([Box(0, 15)], Tracts));

        Assert.Equal(22.0, blend.Values[0]!.Value, 1e-9);
        Assert.Equal(2, blend.TractsBlended);
    }

    [Fact]
    public void Blend_TractWithoutValue_IsLeftOutAndWeightsRenormalised()
    {
        // [5,25]: half of T1 (50), all of T2 (300), half of T3 (25, no value for metric 0):
        // metric 0 = (50×10 + 300×30) / 350 = 9500 / 350; metric 1 = (50×0.1 + 25×0.5) / 75 = 17.5 / 75 (T2 has none).
        var blend = Assert.Single(MobilityAggregator.Blend([Box(5, 25)], Tracts));

        Assert.Equal(9500.0 / 350, blend.Values[0]!.Value, 1e-9);
        Assert.Equal(17.5 / 75, blend.Values[1]!.Value, 1e-9);
        Assert.Equal(2, blend.TractsBlended);
    }

    [Fact]
    public void Blend_SliverUnderOnePercent_IsIgnored()
    {
        // [0,10.05] takes 0.5% of T2: a boundary sliver, left out; the ZIP is T1 alone.
        var blend = Assert.Single(MobilityAggregator.Blend([Box(0, 10.05)], Tracts));

        Assert.Equal(10.0, blend.Values[0]!.Value, 1e-9);
        Assert.Equal(1, blend.TractsBlended);
    }

    [Fact]
    public void Blend_AreaOverNoTract_HasNoValue()
    {
        var blend = Assert.Single(MobilityAggregator.Blend([(Polygon)Factory.ToGeometry(new Envelope(100, 110, 100, 110))], Tracts));

        Assert.Null(blend.Values[0]);
        Assert.Equal(0, blend.TractsBlended);
    }

    [Fact]
    public void Overall_IsTheChildrenWeightedMean()
    {
        // metric 0: (100×10 + 300×30) / 400 = 25; metric 1: (100×0.1 + 50×0.5) / 150 = 35 / 150.
        var overall = MobilityAggregator.Overall(Tracts);

        Assert.Equal(25.0, overall[0].Value!.Value, 1e-9);
        Assert.Equal(35.0 / 150, overall[1].Value!.Value, 1e-9);
    }

    [Fact]
    public void Blend_ChildrenBehindEachValue_CountOnlyTractsWithThatValue()
    {
        // [5,25]: metric 0 rests on 50 + 300 = 350 children from 2 tracts; metric 1 on 50 + 25 = 75 (T2 has none).
        var blend = Assert.Single(MobilityAggregator.Blend([Box(5, 25)], Tracts));

        Assert.Equal((350.0, 2), (blend.Estimates[0].Children, blend.Estimates[0].Tracts));
        Assert.Equal((75.0, 2), (blend.Estimates[1].Children, blend.Estimates[1].Tracts));
        Assert.True(blend.Estimates[1].TooFewChildren);
        Assert.Equal(["T1", "T2", "T3"], blend.Tracts.Select(t => t.Tract.Id));
    }

    [Fact]
    public void Blend_StandardErrors_CombineAsIndependent_OnlyWhenEveryTractHasOne()
    {
        // [0,15]: weights 100 (T1, se 2) and 150 (T2, se 4): √(100² × 2² + 150² × 4²) / 250.
        MobilityTract[] tracts =
        [
            Tracts[0] with { StandardErrors = [2.0, null] },
            Tracts[1] with { StandardErrors = [4.0, null] },
            Tracts[2],
        ];
        var blend = Assert.Single(MobilityAggregator.Blend([Box(0, 15)], tracts));
        var withoutOne = Assert.Single(MobilityAggregator.Blend([Box(0, 15)], [Tracts[0] with { StandardErrors = [2.0, null] }, Tracts[1], Tracts[2]]));

        Assert.Equal(Math.Sqrt(100 * 100 * 4 + 150 * 150 * 16) / 250, blend.Estimates[0].StandardError!.Value, 1e-12);
        Assert.Null(blend.Estimates[1].StandardError);
        Assert.Null(withoutOne.Estimates[0].StandardError);
    }

    [Fact]
    public void Blend_GroupChildren_WeighTheGroupsOwnValue()
    {
        // Metric 1 of [0,15] with group counts: T1 10 children, T2 30: (10 × 0.1 + 0.5 × 30 × 0.3) / (10 + 15).
        MobilityTract[] tracts =
        [
            Tracts[0] with { MetricChildren = [100, 10] },
            Tracts[1] with { Values = [30.0, 0.3], MetricChildren = [300, 30] },
        ];
        var blend = Assert.Single(MobilityAggregator.Blend([Box(0, 15)], tracts));

        Assert.Equal((1 + 4.5) / 25, blend.Estimates[1].Value!.Value, 1e-12);
        Assert.Equal(25, blend.Estimates[1].Children, 1e-12);
    }
}
