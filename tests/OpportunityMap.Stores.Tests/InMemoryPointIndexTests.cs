namespace OpportunityMap.Stores.Tests;

/// <summary>
/// The in-memory store's index for point layers (a grid) against a plain scan: the same points, in id order, for
/// boxes whose edges run through points and cell boundaries, point-sized boxes, boxes past the layer's extent, and
/// layers whose points share one x or one y.
/// </summary>
public sealed class InMemoryPointIndexTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    // Coordinates on a 0.001° lattice, so box edges (on the same lattice) pass exactly through points.
    private static LayerData Layer(IEnumerable<(double X, double Y)> points)
    {
        var features = points.Select((p, i) => new LayerFeature($"pt-{i:00000}", Factory.CreatePoint(new Coordinate(p.X, p.Y)), ["x"])).ToList();
        var properties = new[] { new PropertyDefinition("kind", PropertyType.String, "Kind") };
        return new LayerData(new LayerMetadata("pts", "Points", "", "Point", [], properties, new Envelope(-81, -80, 35, 36)), features);
    }

    private static async Task AssertSameAsScan(LayerData layer, Envelope box)
    {
        var store = new InMemoryStore([layer], "v");
        var expected = layer.Features
            .Where(f => box.Intersects(f.Geometry.Coordinate))
            .Select(f => f.Id)
            .Order(StringComparer.Ordinal)
            .ToList();

        var page = await store.QueryAsync("pts", new FeatureQuery(box, [], 100_000, 0), TestContext.Current.CancellationToken);

        Assert.Equal(expected.Count, page.NumberMatched);
        Assert.Equal(expected, page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task RandomBoxes_OnALattice_MatchAScan()
    {
        var random = new Random(20261123);
        double Lattice(double min, int steps) => Math.Round(min + (random.Next(steps + 1) * 0.001), 3);
        var layer = Layer(Enumerable.Range(0, 20_000).Select(_ => (Lattice(-81, 500), Lattice(35, 400))));

        for (var i = 0; i < 60; i++)
        {
            double x0 = Lattice(-81.05, 600), x1 = Lattice(-81.05, 600), y0 = Lattice(34.95, 500), y1 = Lattice(34.95, 500);
            await AssertSameAsScan(layer, new Envelope(x0, x1, y0, y1));
        }
    }

    [Theory]
    [InlineData(-80.75, -80.75, 35.2, 35.2)] // a point-sized box on a point of the lattice
    [InlineData(-81.5, -80.0, 34.0, 36.0)] // more than the whole layer
    [InlineData(-79.0, -78.0, 35.0, 36.0)] // beside it
    [InlineData(-81.0, -80.5, 35.0, 35.0)] // a line along the bottom edge
    public async Task EdgeBoxes_MatchAScan(double minX, double maxX, double minY, double maxY)
    {
        var layer = Layer(Enumerable.Range(0, 2_500).Select(i => (-81 + ((i % 50) * 0.01), 35 + ((i / 50) * 0.008))));

        await AssertSameAsScan(layer, new Envelope(minX, maxX, minY, maxY));
    }

    [Fact]
    public async Task PointsOnOneVerticalOrHorizontalLine_MatchAScan()
    {
        var vertical = Layer(Enumerable.Range(0, 300).Select(i => (-80.8, 35 + (i * 0.001))));
        var horizontal = Layer(Enumerable.Range(0, 300).Select(i => (-81 + (i * 0.001), 35.2)));

        await AssertSameAsScan(vertical, new Envelope(-80.9, -80.8, 35.05, 35.1));
        await AssertSameAsScan(vertical, new Envelope(-80.79, -80.7, 35.0, 36.0));
        await AssertSameAsScan(horizontal, new Envelope(-80.95, -80.9, 35.2, 35.3));
        await AssertSameAsScan(horizontal, new Envelope(-81, -80, 35.21, 35.3));
    }
}
