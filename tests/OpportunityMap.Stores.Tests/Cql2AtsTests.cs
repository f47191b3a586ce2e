using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// The OGC CQL2 Abstract Test Suite's test-data tables, row by row, on every store: the predicate is parsed against the
/// layer the store publishes and must match exactly the number of items the suite expects. One theory row per table
/// row, so that a failure names its class and predicate.
/// </summary>
/// <param name="store">A store serving <see cref="Cql2Ats.LayersAsync"/>.</param>
public abstract class Cql2AtsTests(Func<Task<IFeatureStore>> store)
{
    public static TheoryData<string, string, string, int> BasicCql2 => Cql2Ats.Rows("basic-cql2");

    public static TheoryData<string, string, string, int> AdvancedAndCaseInsensitive =>
        Cql2Ats.Rows("advanced-comparison-operators", "case-insensitive-comparison");

    public static TheoryData<string, string, string, int> Spatial => Cql2Ats.Rows("basic-spatial-functions", "basic-spatial-functions-plus");

    public static TheoryData<string, string, string, int> SpatialFunctions => Cql2Ats.Rows("spatial-functions");

    [Theory]
    [MemberData(nameof(BasicCql2))]
    [MemberData(nameof(AdvancedAndCaseInsensitive))]
    [MemberData(nameof(Spatial))]
    public Task Row_MatchesTheExpectedNumberOfItems(string conformanceClass, string dataSource, string predicate, int expected) =>
        AssertMatches(conformanceClass, dataSource, predicate, expected);

    /// <summary>
    /// The optional Spatial Functions class. Its S_TOUCHES rows name Luxembourg's vertices to 15 decimals, but the
    /// GeoJSON copy of the test data keeps 7, so every literal is first rounded to the data's 7 decimals (the other rows
    /// do not change); as written, those 4 rows match nothing on any store.
    /// </summary>
    [Theory]
    [MemberData(nameof(SpatialFunctions))]
    public Task SpatialFunctionsRow_WithLiteralsAtTheDataPrecision_MatchesTheExpectedNumberOfItems(
        string conformanceClass, string dataSource, string predicate, int expected) =>
        AssertMatches(conformanceClass, dataSource, Cql2Ats.AtDataPrecision(predicate), expected);

    private async Task AssertMatches(string conformanceClass, string dataSource, string predicate, int expected)
    {
        var served = await store();
        var layers = await served.GetLayersAsync(TestContext.Current.CancellationToken);
        var layer = layers.Single(l => l.Id == dataSource);

        var query = new FeatureQuery(null, [], 1, 0) { Filter = Cql2TextParser.Parse(predicate, layer) };
        var page = await served.QueryAsync(dataSource, query, TestContext.Current.CancellationToken);

        Assert.True(expected == page.NumberMatched, $"{conformanceClass}: {predicate} matched {page.NumberMatched}, the suite expects {expected}");
    }

    [Fact]
    public async Task Layers_HaveTheConfiguredTypesAndGeometryName()
    {
        var layers = await (await store()).GetLayersAsync(TestContext.Current.CancellationToken);
        var places = layers.Single(l => l.Id == "ne_110m_populated_places_simple");
        var countries = layers.Single(l => l.Id == "ne_110m_admin_0_countries");

        Assert.All(layers, l => Assert.Equal("geom", l.GeometryName));
        Assert.Equal(PropertyType.Date, places.FindProperty("date")!.Type);
        Assert.Equal(PropertyType.Timestamp, places.FindProperty("start")!.Type);
        Assert.Equal(PropertyType.Integer, places.FindProperty("pop_other")!.Type);
        Assert.Equal(PropertyType.Number, countries.FindProperty("POP_EST")!.Type);
    }
}
