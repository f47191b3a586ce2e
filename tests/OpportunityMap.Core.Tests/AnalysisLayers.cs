using OpportunityMap.Core.Spatial;

namespace OpportunityMap.Core.Tests;

/// <summary>
/// Tiny layers in planar units (read through <see cref="Identity"/>, 1 unit = 1 metre), so every summary can be worked
/// out by hand. A = [0,10]×[0,10], D = [10,20]×[0,10]; tracts T1 = [0,10]×[0,20] (100 children, $10,000) and
/// T2 = [10,30]×[0,20] (300 children, $40,000); NPAs N1 = [0,20]×[0,20] (grocery 50) and N2 = [20,40]×[0,20]
/// (grocery 10); a library at (5,5), parks at (15,5) and (25,5), a school at (100,100).
/// </summary>
internal static class AnalysisLayers
{
    private static readonly GeometryFactory Factory = new();

    public static Geometry Box(double minX, double maxX, double minY, double maxY) => Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY));

    public static IReadOnlyList<LayerData> All { get; } =
    [
        Layer("redlining-1935", [new("grade", PropertyType.String, "Grade")],
            [new("A1", Box(0, 10, 0, 10), ["A"]), new("D1", Box(10, 20, 0, 10), ["D"])]),
        Layer("tract-mobility",
            [
                new("household_income_p25", PropertyType.Number, "Income"), new("top20_share_p25", PropertyType.Number, "Top 20"),
                new("kir_rank_p25", PropertyType.Number, "Rank"), new("kid_pooled_n", PropertyType.Integer, "Children"),
            ],
            [new("T1", Box(0, 10, 0, 20), [10_000.0, 0.1, 30.0, 100L]), new("T2", Box(10, 30, 0, 20), [40_000.0, null, 50.0, 300L])]),
        Layer("resources", [new("category", PropertyType.String, "Category")],
        [
            new("library-001", Factory.CreatePoint(new Coordinate(5, 5)), ["library"]),
            new("park-001", Factory.CreatePoint(new Coordinate(15, 5)), ["park"]),
            new("park-002", Factory.CreatePoint(new Coordinate(25, 5)), ["park"]),
            new("school-001", Factory.CreatePoint(new Coordinate(100, 100)), ["school"]),
        ]),
        Layer("neighborhoods",
            [new("grocery_proximity", PropertyType.Number, "Grocery"), new("grocery_proximity_year", PropertyType.Integer, "Year"), new("holc_a_share", PropertyType.Number, "A")],
            [new("1", Box(0, 20, 0, 20), [50.0, 2023L, 0.25]), new("2", Box(20, 40, 0, 20), [10.0, 2023L, 0.0])]),
    ];

    /// <summary>
    /// <see cref="All"/> with the fuller layers: tracts with Black children's ranks (T1 20 from 10 children, T2 40 from
    /// 90); neighborhoods with the grocery metric's denominator (N1 100 housing units, N2 300), margin of error (4, 8),
    /// first year (2019) and land (N1 300 m² of its 400, N2 400 m²).
    /// </summary>
    public static IReadOnlyList<LayerData> Full { get; } =
    [
        All[0],
        Layer("tract-mobility",
            [
                new("household_income_p25", PropertyType.Number, "Income"), new("kid_pooled_n", PropertyType.Integer, "Children"),
                new("kir_black_p25", PropertyType.Number, "Black"), new("kid_black_n", PropertyType.Integer, "Black children"),
            ],
            [new("T1", Box(0, 10, 0, 20), [10_000.0, 100L, 20.0, 10L]), new("T2", Box(10, 30, 0, 20), [40_000.0, 300L, 40.0, 90L])]),
        All[2],
        Layer("neighborhoods",
            [
                new("grocery_proximity", PropertyType.Number, "Grocery"), new("grocery_proximity_year", PropertyType.Integer, "Year"),
                new("grocery_proximity_first_year", PropertyType.Integer, "First year"), new("grocery_proximity_denominator", PropertyType.Number, "Units"),
                new("grocery_proximity_moe", PropertyType.Number, "MOE"), new("land_square_kilometres", PropertyType.Number, "Land"),
            ],
            [new("1", Box(0, 20, 0, 20), [50.0, 2023L, 2019L, 100.0, 4.0, 300e-6]), new("2", Box(20, 40, 0, 20), [10.0, 2023L, 2019L, 300.0, 8.0, 400e-6])]),
    ];

    private static LayerData Layer(string id, IReadOnlyList<PropertyDefinition> properties, IReadOnlyList<LayerFeature> features) =>
        new(new LayerMetadata(id, id, "", "Geometry", [new LayerSource(id, "https://example.org", "CC0", "https://example.org/cc0", id, "2020")], properties, new Envelope()), features);

    /// <summary>No projection at all: planar test coordinates are already "projected", in metres.</summary>
    public sealed class Identity : IProjection
    {
        public string Crs => "test";

        public double MetresPerUnit => 1;

        public Geometry Project(Geometry geometry) => geometry.Copy();

        public Geometry Unproject(Geometry geometry) => geometry.Copy();
    }
}
