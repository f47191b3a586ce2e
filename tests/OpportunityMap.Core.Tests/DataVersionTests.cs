namespace OpportunityMap.Core.Tests;

public sealed class DataVersionTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private static LayerData Layer(double value, double x = 1) => new(
        new LayerMetadata("l", "L", "", "Point", [], [new PropertyDefinition("v", PropertyType.Number, "V")], new Envelope(0, 1, 0, 1)),
        [new LayerFeature("a", Factory.CreatePoint(new Coordinate(x, 1)), [value])]);

    [Fact]
    public void Compute_SameData_SameVersion() =>
        Assert.Equal(DataVersion.Compute([Layer(1.5)]), DataVersion.Compute([Layer(1.5)]));

    [Fact]
    public void Compute_ValueChanged_NewVersion() =>
        Assert.NotEqual(DataVersion.Compute([Layer(1.5)]), DataVersion.Compute([Layer(1.6)]));

    [Fact]
    public void Compute_GeometryChanged_NewVersion() =>
        Assert.NotEqual(DataVersion.Compute([Layer(1.5)]), DataVersion.Compute([Layer(1.5, x: 2)]));
}
