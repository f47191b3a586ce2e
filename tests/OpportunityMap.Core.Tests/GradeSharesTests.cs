namespace OpportunityMap.Core.Tests;

/// <summary>The HOLC grade shares on squares whose answer is worked out by hand (planar units, as after projection).</summary>
public sealed class GradeSharesTests
{
    private static readonly GeometryFactory Factory = new();

    private static Geometry Box(double minX, double maxX, double minY, double maxY) => Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY));

    // A = [0,5]×[0,10]; B = [5,15]×[0,5]; D = [4,6]×[5,10], overlapping A on [4,5]×[5,10]; C far away.
    private static readonly GradeShares Shares = new(
    [
        ("A", Box(0, 5, 0, 10)), ("B", Box(5, 15, 0, 5)), ("C", Box(100, 110, 100, 110)), ("D", Box(4, 6, 5, 10)),
    ]);

    [Fact]
    public void Of_SquareAcrossThreeGrades_IsWorkedOutByHand()
    {
        // Area [0,10]×[0,10] = 100. A: 5×10 = 50. B: [5,10]×[0,5] = 25. C: 0. D: [5,6]×[5,10] = 5 (its overlap with A
        // counts for A). Ungraded: [5,10]×[5,10] = 25 less D's 5 = 20.
        var shares = Shares.Of(Box(0, 10, 0, 10));

        Assert.Equal([0.5, 0.25, 0.0, 0.05, 0.2], shares.Select(s => Math.Round(s!.Value, 12)));
    }

    [Fact]
    public void Of_AreaAwayFromEveryGrade_IsWhollyUngraded()
    {
        Assert.Equal([0.0, 0.0, 0.0, 0.0, 1.0], Shares.Of(Box(50, 60, 50, 60)).Select(s => s!.Value));
    }

    [Fact]
    public void Of_AreaInsideOneGrade_IsWhollyThatGrade()
    {
        Assert.Equal([0.0, 0.0, 1.0, 0.0, 0.0], Shares.Of(Box(102, 104, 102, 104)).Select(s => Math.Round(s!.Value, 12)));
    }

    [Fact]
    public void Of_EmptyArea_HasNoShares()
    {
        Assert.All(Shares.Of(Factory.CreatePolygon()), s => Assert.Null(s));
    }
}
