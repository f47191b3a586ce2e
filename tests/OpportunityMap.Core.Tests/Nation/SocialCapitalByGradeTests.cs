namespace OpportunityMap.Core.Tests.Nation;

/// <summary>ZIP measures by grade, weighted by grade share × people, worked out by hand.</summary>
public sealed class SocialCapitalByGradeTests
{
    [Fact]
    public void Blend_WeighsEachZipByItsGradeShareTimesItsPeople()
    {
        // Z1: 10% A, 90% ungraded, 1,000 people, EC 1.0 (se 0.1); Z2: 20% A, 80% ungraded, 500 people, EC 0.5 (se 0.2).
        ZipMeasures[] zips =
        [
            new("Z1", [0.1, 0, 0, 0, 0.9], 1000, [1.0], [0.1]),
            new("Z2", [0.2, 0, 0, 0, 0.8], 500, [0.5], [0.2]),
            new("Z3", [0.5, 0, 0, 0, 0.5], 800, [null], [null]),
        ];

        var rows = SocialCapitalByGrade.Blend(zips, 1);
        var a = rows.Single(r => r.Grade == "A");

        // A: weights 100 and 100: (100 × 1.0 + 100 × 0.5) / 200 = 0.75; se = √((100 × 0.1)² + (100 × 0.2)²) / 200.
        Assert.Equal(0.75, a.Values[0]!.Value, 1e-12);
        Assert.Equal(Math.Sqrt(100 + 400) / 200, a.StandardErrors[0]!.Value, 1e-12);
        Assert.Equal(600, a.People, 1e-9);
        Assert.Null(rows.Single(r => r.Grade == "B").Values[0]);
        // The county: every ZIP whole, 1,000 and 500 people: (1,000 + 250) / 1,500.
        Assert.Equal(1250.0 / 1500, rows.Single(r => r.Grade == "county").Values[0]!.Value, 1e-12);
    }
}
