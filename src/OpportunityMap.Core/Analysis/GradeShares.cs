namespace OpportunityMap.Core.Analysis;

/// <summary>
/// The share of an area graded A, B, C, D on the 1935 HOLC map, and not graded. Geometries must be in a projected CRS
/// (areas in its units), never in degrees. Where areas of two grades overlap, the land counts once, for the grade
/// listed first (A before D), so the five shares of an area sum to 1.
/// </summary>
public sealed class GradeShares
{
    private static readonly GeometryFactory Factory = new();

    public static readonly IReadOnlyList<string> Grades = ["A", "B", "C", "D"];

    public static readonly IReadOnlyList<PropertyDefinition> Properties =
    [
        .. Grades.Select(g => new PropertyDefinition($"holc_{g.ToLowerInvariant()}_share", PropertyType.Number, $"Share graded {g} in 1935",
            $"Share (0-1) of the area's land inside the 1935 HOLC map's grade {g} areas, computed in NC State Plane (EPSG:2264).")),
        new("holc_ungraded_share", PropertyType.Number, "Share not graded in 1935",
            "Share (0-1) of the area's land outside every area of the 1935 HOLC map (most of the county was not mapped)."),
    ];

    // The disjoint pieces of each grade, and of all graded land, indexed so an area meets only the pieces near it.
    private readonly STRtree<(int Grade, Geometry Piece)> _pieces = new();
    private readonly STRtree<Geometry> _graded = new();
    private readonly Geometry[] _land = new Geometry[Grades.Count];

    /// <param name="areas">HOLC areas with their grade (A-D), projected; other grades are ignored.</param>
    public GradeShares(IEnumerable<(string Grade, Geometry Geometry)> areas)
    {
        var byGrade = areas.ToLookup(a => a.Grade, a => a.Geometry);
        Geometry earlier = Factory.CreateGeometryCollection();
        for (var g = 0; g < Grades.Count; g++)
        {
            var union = UnaryUnionOp.Union(byGrade[Grades[g]].ToList()) ?? Factory.CreateGeometryCollection();
            var own = earlier.IsEmpty ? union : OverlayNGRobust.Overlay(union, earlier, SpatialFunction.Difference);
            _land[g] = own;
            for (var i = 0; i < own.NumGeometries; i++)
            {
                _pieces.Insert(own.GetGeometryN(i).EnvelopeInternal, (g, own.GetGeometryN(i)));
            }

            earlier = earlier.IsEmpty ? union : OverlayNGRobust.Overlay(earlier, union, SpatialFunction.Union);
        }

        for (var i = 0; i < earlier.NumGeometries; i++)
        {
            _graded.Insert(earlier.GetGeometryN(i).EnvelopeInternal, earlier.GetGeometryN(i));
        }

        GradedLand = earlier;
        _pieces.Build();
        _graded.Build();
    }

    /// <summary>All land graded on the 1935 map (the union of every grade's areas), projected.</summary>
    public Geometry GradedLand { get; }

    /// <summary>The land that counts for grade <paramref name="grade"/> (0 = A ... 3 = D): disjoint from the others.</summary>
    public Geometry Land(int grade) => _land[grade];

    /// <summary>The shares A, B, C, D, ungraded of a projected area; nulls when the area has no area.</summary>
    public double?[] Of(Geometry area)
    {
        var shares = new double?[Grades.Count + 1];
        var total = area.Area;
        if (total <= 0)
        {
            return shares;
        }

        var prepared = PreparedGeometryFactory.Prepare(area);
        var sums = new double[Grades.Count];
        foreach (var (grade, piece) in _pieces.Query(area.EnvelopeInternal))
        {
            sums[grade] += Overlap(area, prepared, piece);
        }

        for (var g = 0; g < Grades.Count; g++)
        {
            shares[g] = sums[g] / total;
        }

        // From the union of all grades rather than as 1 minus the rest, so that the shares summing to 1 checks that
        // the grades' pieces are disjoint and cover the graded land.
        var graded = _graded.Query(area.EnvelopeInternal).Sum(piece => Overlap(area, prepared, piece));
        shares[Grades.Count] = Math.Max(0, total - graded) / total;
        return shares;
    }

    // Most pieces lie wholly inside or outside an area; only the others need an overlay.
    private static double Overlap(Geometry area, IPreparedGeometry prepared, Geometry piece) =>
        !prepared.Intersects(piece) ? 0
        : prepared.Contains(piece) ? piece.Area
        : OverlayNGRobust.Overlay(area, piece, SpatialFunction.Intersection).Area;

    /// <summary>The grades of the <c>redlining-1935</c> layer's areas, projected.</summary>
    public static GradeShares FromRedlining(LayerData redlining, IProjection projection)
    {
        var grade = redlining.Metadata.IndexOf("grade");
        return new GradeShares(redlining.Features.Select(f => ((string)f.Values[grade]!, projection.Project(f.Geometry))));
    }
}
