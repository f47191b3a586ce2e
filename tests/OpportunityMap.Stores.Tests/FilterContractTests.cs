using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Stores.Tests;

/// <summary>
/// CQL2 filters and sortby, run against every store: NULL logic, LIKE escapes, CASEI, code point order, dates and
/// instants (zones, microseconds), the spatial functions, a BBOX across the antimeridian and stable sorted paging must
/// give the same features on each, as worked out by hand from <see cref="FilterLayer"/>.
/// </summary>
/// <param name="store">A store serving <see cref="FilterLayer"/> only.</param>
public abstract class FilterContractTests(IFeatureStore store)
{
    internal static readonly LayerData Layer = FilterLayer.Create();

    private IFeatureStore Store => store;

    private async Task<FeaturePage> Query(string? filter, string? sortBy = null, int limit = 1000, int offset = 0)
    {
        var query = new FeatureQuery(null, [], limit, offset)
        {
            Filter = filter is null ? null : Cql2TextParser.Parse(filter, Layer.Metadata),
            SortBy = sortBy is null ? [] : [.. sortBy.Split(',').Select(k => new SortProperty(k.TrimStart('-'), k.StartsWith('-')))],
        };
        return await Store.QueryAsync(FilterLayer.Id, query, TestContext.Current.CancellationToken);
    }

    private static string Ids(FeaturePage page) => string.Join(",", page.Features.Select(f => f.Id[2..]));

    [Theory]
    [InlineData("name = 'alpha'", "01")]
    [InlineData("CASEI(name) = CASEI('alpha')", "00,01,02")]
    [InlineData("name LIKE 'a%'", "01,05,06")]
    [InlineData("name LIKE 'a_b'", "05,06")]
    [InlineData("name LIKE 'a\\_b'", "05")]
    [InlineData("name LIKE '50\\%%'", "03")]
    [InlineData("name LIKE '%\\\\%'", "07")]
    [InlineData("name LIKE 'O''%'", "08")]
    [InlineData("name NOT LIKE '%a%'", "02,03,04,08,11,12,14,15")]
    [InlineData("CASEI(name) LIKE 'élan'", "09,10")]
    [InlineData("name LIKE '_ smile'", "11")]
    [InlineData("name > 'Z'", "01,05,06,07,09,10,11,12,15")]
    [InlineData("name IS NULL", "13")]
    [InlineData("count < 5", "00,01,03,04")]
    [InlineData("NOT count < 5", "06,07,08,10,11,12,13,15")]
    [InlineData("count < 5 OR count IS NULL", "00,01,02,03,04,05,09,14")]
    [InlineData("count > 2.5 AND count < 3.5", "03")]
    [InlineData("count BETWEEN 3 AND 7.5", "03,04,06,07")]
    [InlineData("count NOT BETWEEN 3 AND 7", "00,01,08,10,11,12,13,15")]
    [InlineData("share IN (0.5, 4, 7.5)", "01,08,15")]
    [InlineData("share NOT IN (0.5, 4)", "02,03,05,06,09,11,12,13,15")]
    [InlineData("flag = TRUE", "00,03,05,08,10,13")]
    [InlineData("flag <> TRUE", "01,04,07,09,12,15")]
    [InlineData("flag IS NULL", "02,06,11,14")]
    [InlineData("NOT (flag = TRUE AND count > 100)", "00,01,03,04,06,07,08,09,10,11,12,13,15")]
    [InlineData("name = 'Zed' OR count > 100", "15")]
    [InlineData("FALSE OR count = 0", "00")]
    [InlineData("S_INTERSECTS(geometry, BBOX(-81.01, 34.9, -80.9, 35.1))", "00,01")]
    [InlineData("S_INTERSECTS(geometry, BBOX(-80.9375, 35, -80.875, 35))", "01,02")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((-80.9375 35, -80.8125 34.9, -80.8125 35.1, -80.9375 35)))", "01,02,03")]
    [InlineData("S_INTERSECTS(geometry, MULTIPOINT((-81 35), (-80.0625 35)))", "00,15")]
    [InlineData("S_INTERSECTS(LINESTRING(-81 35, -80.875 35), geometry) AND count IS NOT NULL", "00,01")]
    [InlineData("NOT S_INTERSECTS(geometry, POINT(-80.0625 35)) AND count > 12", "13")]
    [InlineData("S_INTERSECTS(geometry, BBOX(170, 30, -80.9, 40))", "00,01")]
    [InlineData("S_WITHIN(geometry, BBOX(-81.01, 34.9, -80.9, 35.1))", "00,01")]
    [InlineData("S_CONTAINS(BBOX(-81.01, 34.9, -80.9, 35.1), geometry)", "00,01")]
    [InlineData("S_DISJOINT(geometry, BBOX(-81.01, 34.9, -80.1, 35.1))", "15")]
    [InlineData("S_TOUCHES(geometry, BBOX(-81, 35, -80.875, 35.5))", "00,01,02")]
    [InlineData("S_EQUALS(POINT(-80.0625 35), geometry)", "15")]
    [InlineData("S_WITHIN(geometry, GEOMETRYCOLLECTION(POINT(-80.0625 35), POLYGON((-81.01 34.9, -80.9 34.9, -80.9 35.1, -81.01 35.1, -81.01 34.9))))", "00,01,15")]
    [InlineData("S_TOUCHES(geometry, GEOMETRYCOLLECTION(LINESTRING(-81 35, -80.875 35.5), POINT(0 0)))", "00")]
    [InlineData("day = DATE('2022-04-16')", "00,08")]
    [InlineData("day < DATE('2022-04-16')", "01,03,06,12")]
    [InlineData("DATE('2022-04-16') <= day", "00,04,07,08")]
    [InlineData("day <> DATE('2022-04-16')", "01,03,04,06,07,12")]
    [InlineData("day IN (DATE('2022-04-15'), DATE('9999-12-31'))", "01,07")]
    [InlineData("day NOT IN (DATE('2022-04-15'))", "00,03,04,06,07,08,12")]
    [InlineData("day BETWEEN DATE('2021-12-31') AND DATE('2022-04-16')", "00,01,03,08,12")]
    [InlineData("day IS NULL", "02,05,09,10,11,13,14,15")]
    [InlineData("at = TIMESTAMP('2022-04-16T12:13:19+02:00')", "00")]
    [InlineData("at > TIMESTAMP('2022-04-16T10:13:19Z')", "01,07,10")]
    [InlineData("at < TIMESTAMP('2022-04-16T10:13:19Z')", "02,04,05")]
    [InlineData("at BETWEEN TIMESTAMP('2022-04-16T10:13:18.999999Z') AND TIMESTAMP('2022-04-16T10:13:19.000001Z')", "00,01,02")]
    [InlineData("at NOT BETWEEN TIMESTAMP('2022-04-16T10:13:19Z') AND TIMESTAMP('2022-04-16T23:59:59Z')", "02,04,05,07")]
    [InlineData("at IN (TIMESTAMP('1970-01-01T00:00:00Z'), TIMESTAMP('2022-04-16T08:13:19.0000009Z'))", "04,05")]
    [InlineData("at IS NOT NULL AND day IS NULL", "02,05,10")]
    public async Task Filter_KeepsExactlyTheFeaturesWorkedOutByHand(string filter, string expected)
    {
        var page = await Query(filter);

        Assert.Equal(expected, Ids(page));
        Assert.Equal(expected.Split(',').Length, page.NumberMatched);
    }

    [Fact]
    public async Task Filter_ComparisonWithNull_IsNeitherTrueNorFalse()
    {
        var equal = await Query("share = 1.0");
        var notEqual = await Query("NOT share = 1.0");

        // Five features have no share: they are in neither answer.
        Assert.Equal(16 - 5, equal.NumberMatched + notEqual.NumberMatched);
    }

    [Theory]
    [InlineData("name", "14,04,03,02,00,08,15,05,01,06,07,09,10,12,11,13")]
    [InlineData("-name", "11,12,10,09,07,06,01,05,15,08,00,02,03,04,14,13")]
    [InlineData("flag", "01,04,07,09,12,15,00,03,05,08,10,13,02,06,11,14")]
    [InlineData("-flag,-count", "13,10,08,03,00,05,15,12,07,04,01,09,11,06,02,14")]
    [InlineData("note", "15,14,13,12,11,10,09,08,07,06,05,04,03,02,01,00")]
    [InlineData("day", "06,03,12,01,00,08,04,07,02,05,09,10,11,13,14,15")]
    [InlineData("-at", "07,10,01,00,02,04,05,03,06,08,09,11,12,13,14,15")]
    public async Task SortBy_OrdersWithNullsLastAndTiesById(string sortBy, string expected) =>
        Assert.Equal(expected, Ids(await Query(null, sortBy)));

    [Fact]
    public async Task SortBy_PagingWalksTheSortedOrderOnce()
    {
        var all = Ids(await Query(null, "-flag,-count"));
        var pages = new List<string>();
        for (var offset = 0; offset < 16; offset += 5)
        {
            var page = await Query(null, "-flag,-count", limit: 5, offset: offset);
            Assert.Equal(16, page.NumberMatched);
            pages.Add(Ids(page));
        }

        Assert.Equal(all, string.Join(",", pages));
    }

    [Fact]
    public async Task SortBy_WithFilter_CountsAllMatchesButReturnsThePage()
    {
        var page = await Query("count IS NOT NULL", "-count", limit: 3);

        Assert.Equal("15,13,12", Ids(page));
        Assert.Equal(12, page.NumberMatched);
    }

    [Fact]
    public async Task Filter_WithEqualityFilters_AllApply()
    {
        var query = new FeatureQuery(null, [new PropertyFilter("flag", true)], 100, 0) { Filter = Cql2TextParser.Parse("count < 9", Layer.Metadata) };

        var page = await Store.QueryAsync(FilterLayer.Id, query, TestContext.Current.CancellationToken);

        Assert.Equal("00,03,08", Ids(page));
    }
}
