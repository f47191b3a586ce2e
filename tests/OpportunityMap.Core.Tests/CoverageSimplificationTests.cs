using NetTopologySuite.IO;
using OpportunityMap.Core.Simplification;
using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Core.Tests;

public sealed class CoverageSimplificationTests
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);
    private static readonly IProjection Projection = Projections.NorthCarolinaFeet;

    [Fact]
    public void Simplify_TwoNeighboursWithAJaggedBorder_KeepTheBorderShared()
    {
        var (west, east) = JaggedNeighbours();

        var result = CoverageSimplification.Simplify([west, east], toleranceMetres: 250, Projection);

        Assert.Equal(SimplificationMethod.Coverage, result.Method);
        var (a, b) = (result.Geometries[0], result.Geometries[1]);
        Assert.True(a.NumPoints < west.NumPoints, $"west kept {a.NumPoints} of {west.NumPoints} vertices");
        Assert.True(a.IsValid && b.IsValid, a.AsText() + "\n" + b.AsText());
        // The shared border is the same line in both: they meet along it and do not overlap or leave a gap.
        var sharedA = a.Boundary.Intersection(b.Boundary);
        Assert.Equal(Dimension.Curve, sharedA.Dimension);
        var projectedA = Projection.Project(a);
        var projectedB = Projection.Project(b);
        Assert.True(projectedA.Intersection(projectedB).Area < 1e-3, "overlap");
        var union = projectedA.Union(projectedB);
        Assert.Equal(projectedA.Area + projectedB.Area, union.Area, 1e-3 * union.Area);
        Assert.Equal(1, union.NumGeometries);
        Assert.Empty(((Polygon)union.GetGeometryN(0)).Holes);
    }

    [Fact]
    public void Simplify_KeepsTheInputsOwnCoordinates()
    {
        var (west, east) = JaggedNeighbours();
        var input = west.Coordinates.Concat(east.Coordinates).ToHashSet();

        var result = CoverageSimplification.Simplify([west, east], toleranceMetres: 62, Projection);

        // Not unprojected (which would change the last digits): the very vertices of the input.
        Assert.All(result.Geometries.SelectMany(g => g.Coordinates), c => Assert.Contains(c, input));
    }

    [Fact]
    public void Simplify_FinerTolerance_KeepsMoreVertices()
    {
        var (west, east) = JaggedNeighbours();

        var counts = ZoomBand.All
            .Select(band => CoverageSimplification.Simplify([west, east], band.ToleranceMetres, Projection).Geometries.Sum(g => g.NumPoints))
            .ToArray();

        Assert.True(counts.SequenceEqual(counts.Order()), string.Join(", ", counts));
        Assert.True(counts[0] < counts[^1], string.Join(", ", counts));
    }

    [Fact]
    public void Simplify_OverlappingPolygons_SimplifiesEachAlone()
    {
        var (west, east) = JaggedNeighbours();
        var overlapping = Wgs84.ToGeometry(new Envelope(-80.86, -80.82, 35.19, 35.23));

        var result = CoverageSimplification.Simplify([west, east, overlapping], 250, Projection);

        Assert.Equal(SimplificationMethod.EachPolygon, result.Method);
        Assert.All(result.Geometries, g => Assert.True(g.IsValid && !g.IsEmpty));
    }

    [Fact]
    public void Simplify_Points_ReturnsThemUnchanged()
    {
        Geometry[] points = [Wgs84.CreatePoint(new Coordinate(-80.84, 35.22)), Wgs84.CreatePoint(new Coordinate(-80.85, 35.23))];

        var result = CoverageSimplification.Simplify(points, 250, Projection);

        Assert.Equal(SimplificationMethod.None, result.Method);
        Assert.Same(points[0], result.Geometries[0]);
    }

    [Fact]
    public void Simplify_MultiPolygon_StaysMultiPolygon()
    {
        var (west, east) = JaggedNeighbours();

        var result = CoverageSimplification.Simplify([Wgs84.CreateMultiPolygon([west]), east], 250, Projection);

        Assert.IsType<MultiPolygon>(result.Geometries[0]);
        Assert.IsType<Polygon>(result.Geometries[1]);
        Assert.Equal(4326, result.Geometries[0].SRID);
    }

    [Fact]
    public void Repair_EdgeMissingItsNeighboursVertex_BecomesACoverage()
    {
        // The east square's west edge runs straight past the vertex (10.001, 5) of the west square, a thousandth of a
        // unit away, as an edge of one real ZIP area misses its neighbour's vertex by a few hundredths of a foot.
        var reader = new WKTReader();
        Geometry[] coverage =
        [
            reader.Read("POLYGON ((0 0, 10 0, 10.001 5, 10 10, 0 10, 0 0))"),
            reader.Read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"),
        ];

        Assert.False(NetTopologySuite.Coverage.CoverageValidator.IsValid(coverage));

        Assert.True(CoverageSimplification.Repair(coverage, tolerance: 0.01));
        Assert.Contains(new Coordinate(10.001, 5), coverage[1].Coordinates);
    }

    // Two squares of about 3.6 km side in Charlotte sharing a zigzag border with 40 teeth of ~10 m.
    private static (Polygon West, Polygon East) JaggedNeighbours()
    {
        const double south = 35.20, north = 35.24, westX = -80.88, middle = -80.84, eastX = -80.80;
        var border = new List<Coordinate>();
        for (var i = 0; i <= 40; i++)
        {
            border.Add(new Coordinate(middle + (i % 2 == 0 ? 0 : 0.0001), south + ((north - south) * i / 40)));
        }

        var west = new List<Coordinate> { new(westX, south) };
        west.AddRange(border);
        west.Add(new Coordinate(westX, north));
        west.Add(new Coordinate(westX, south));

        var east = new List<Coordinate> { new(eastX, south), new(eastX, north) };
        east.AddRange(Enumerable.Reverse(border));
        east.Add(new Coordinate(eastX, south));
        return (Wgs84.CreatePolygon([.. west]), Wgs84.CreatePolygon([.. east]));
    }
}
