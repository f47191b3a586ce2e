using NetTopologySuite.Features;
using NetTopologySuite.IO;

namespace OpportunityMap.Server.Tests;

/// <summary>OGC API - Features Part 3 (CQL2 text) and sortby on the real layers; expectations come from the unfiltered layer or the source files.</summary>
public sealed class FilterTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    // A polygon around uptown Charlotte (lon/lat), not axis-aligned so it is not just a bbox.
    private const string Uptown = "POLYGON((-80.86 35.215, -80.835 35.205, -80.82 35.23, -80.845 35.245, -80.86 35.215))";

    private Task<JsonElement> Items(string collection, string query) =>
        _client.GetGeoJson($"/collections/{collection}/items?limit=10000&{query}");

    private static string Filter(string cql) => "filter=" + Uri.EscapeDataString(cql);

    private static IEnumerable<JsonElement> Features(JsonElement collection) => collection.GetProperty("features").EnumerateArray();

    private static JsonElement Property(JsonElement feature, string name) => feature.GetProperty("properties").GetProperty(name);

    [Fact]
    public async Task Filter_GradeD_Returns11HolcAreas()
    {
        var items = await Items("redlining-1935", Filter("grade = 'D'"));

        Assert.Equal(11, items.GetProperty("numberMatched").GetInt32());
        Assert.All(Features(items), f => Assert.Equal("D", Property(f, "grade").GetString()));
    }

    [Fact]
    public async Task Filter_LikeOnPostOfficeCity_MatchesThePrefix()
    {
        var all = await Items("zip-mobility", "");
        var expected = Features(all).Where(f => Property(f, "post_office_city").GetString()!.StartsWith("CHAR", StringComparison.Ordinal)).Select(f => f.GetProperty("id").GetString()).ToList();

        var items = await Items("zip-mobility", Filter("post_office_city LIKE 'CHAR%'"));
        var insensitive = await Items("zip-mobility", Filter("CASEI(post_office_city) LIKE CASEI('Char%')"));

        Assert.InRange(expected.Count, 1, 33);
        var lowerCase = await Items("zip-mobility", Filter("post_office_city LIKE 'char%'"));

        Assert.Equal(expected, items.Ids());
        Assert.Equal(expected, insensitive.Ids());
        Assert.Empty(lowerCase.Ids());
    }

    [Fact]
    public async Task Filter_InOnZipcode_MatchesTheListedZips()
    {
        var some = (await Items("zip-mobility", "")).Ids().Where((_, i) => i % 10 == 3).ToList();

        var items = await Items("zip-mobility", Filter($"zipcode IN ({string.Join(", ", some.Select(z => $"'{z}'"))}, '00000')"));
        var others = await Items("zip-mobility", Filter($"zipcode NOT IN ({string.Join(", ", some.Select(z => $"'{z}'"))})"));

        Assert.Equal(some, items.Ids());
        Assert.Equal(34 - some.Count, others.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Filter_BetweenOnHouseholdIncome_CountsTheZipsInTheRange()
    {
        var incomes = Features(await Items("zip-mobility", ""))
            .Select(f => Property(f, "household_income_p25"))
            .Where(v => v.ValueKind == JsonValueKind.Number)
            .Select(v => v.GetDouble())
            .Order()
            .ToList();
        var (low, high) = (incomes[5], incomes[20]);
        var expected = incomes.Count(v => v >= low && v <= high);

        var items = await Items("zip-mobility", Filter(FormattableString.Invariant($"household_income_p25 BETWEEN {low:R} AND {high:R}")));

        Assert.Equal(expected, items.GetProperty("numberMatched").GetInt32());
        Assert.All(Features(items), f => Assert.InRange(Property(f, "household_income_p25").GetDouble(), low, high));
    }

    [Fact]
    public async Task Filter_IsNullOnTractIncome_Returns5SuppressedTracts()
    {
        var items = await Items("tract-mobility", Filter("household_income_p25 IS NULL"));
        var notNull = await Items("tract-mobility", Filter("household_income_p25 IS NOT NULL"));

        Assert.Equal(5, items.GetProperty("numberMatched").GetInt32());
        Assert.Equal(233 - 5, notNull.GetProperty("numberMatched").GetInt32());
        Assert.All(Features(items), f => Assert.True(Property(f, "suppressed").GetBoolean()));
    }

    [Fact]
    public async Task Filter_SIntersectsUptownPolygon_MatchesAnIndependentNtsComputation()
    {
        var polygon = new WKTReader().Read(Uptown);
        var expected = SourceHolcAreas().Where(f => f.Geometry.Intersects(polygon)).Select(f => (string)f.Attributes["holc_id"]).Order(StringComparer.Ordinal).ToList();

        var items = await Items("redlining-1935", Filter($"S_INTERSECTS(geometry, {Uptown})"));
        var latLon = await Items("redlining-1935", Filter($"S_INTERSECTS(geometry, {SwapAxes(Uptown)})") + "&filter-crs=" + Uri.EscapeDataString("http://www.opengis.net/def/crs/EPSG/0/4326"));
        var combined = await Items("redlining-1935", Filter($"S_INTERSECTS(geometry, {Uptown}) AND grade IN ('C', 'D')"));

        Assert.InRange(expected.Count, 1, 33);
        Assert.Equal(expected, items.Ids());
        Assert.Equal(expected, latLon.Ids());
        Assert.Equal(expected.Where(id => id[0] is 'C' or 'D'), combined.Ids());
    }

    [Fact]
    public async Task Filter_SIntersectsBbox_EqualsTheBboxParameter()
    {
        var viaBbox = await Items("resources", "bbox=-80.87,35.2,-80.82,35.24");

        var viaFilter = await Items("resources", Filter("S_INTERSECTS(geometry, BBOX(-80.87,35.2,-80.82,35.24))"));

        Assert.NotEmpty(viaBbox.Ids());
        Assert.Equal(viaBbox.Ids(), viaFilter.Ids());
    }

    [Fact]
    public async Task SortBy_Descending_OrdersValuesWithNullsLast_AndIdsBreakTies()
    {
        var items = await Items("tract-mobility", "sortby=-household_income_p25");
        var values = Features(items).Select(f => (Id: f.GetProperty("id").GetString()!, Value: Property(f, "household_income_p25"))).ToList();

        Assert.Equal(233, values.Count);
        var numbers = values.TakeWhile(v => v.Value.ValueKind == JsonValueKind.Number).Select(v => v.Value.GetDouble()).ToList();
        Assert.Equal(228, numbers.Count);
        Assert.Equal(numbers.OrderDescending(), numbers);
        var nulls = values.Skip(228).Select(v => v.Id).ToList();
        Assert.Equal(nulls.Order(StringComparer.Ordinal), nulls);
    }

    [Fact]
    public async Task SortBy_Rank_MatchesTheRankProperty()
    {
        var items = await Items("zip-mobility", "sortby=%2Brank,zipcode");

        // ZIP codes with too few children behind their value have no rank: they sort last.
        var ranks = Features(items).Select(f => Property(f, "rank")).ToList();
        var ranked = ranks.TakeWhile(r => r.ValueKind == JsonValueKind.Number).Select(r => r.GetInt64()).ToList();
        Assert.Equal(ranked.Order(), ranked);
        Assert.Equal(34, ranks.Count);
        Assert.All(ranks.Skip(ranked.Count), r => Assert.Equal(JsonValueKind.Null, r.ValueKind));
        Assert.Equal(Property(Features(items).First(), "zip_count").GetInt64(), ranked.Count);
    }

    [Fact]
    public async Task NextLinks_KeepFilterAndSortBy_AndWalkEveryMatchOnce()
    {
        var all = await Items("redlining-1935", Filter("grade IN ('C','D')") + "&sortby=-holc_id");
        var seen = new List<string>();
        string? url = $"/collections/redlining-1935/items?limit=5&{Filter("grade IN ('C','D')")}&sortby=-holc_id";
        while (url is not null)
        {
            var page = await _client.GetGeoJson(url);
            Assert.Equal(24, page.GetProperty("numberMatched").GetInt32());
            seen.AddRange(page.Ids());
            url = page.Link("next");
            Assert.True(url is null || (url.Contains("filter=", StringComparison.Ordinal) && url.Contains("sortby=-holc_id", StringComparison.Ordinal)), url);
        }

        Assert.Equal(all.Ids(), seen);
        Assert.Equal(all.Ids().OrderDescending(StringComparer.Ordinal), seen);
    }

    [Theory]
    [InlineData("filter=grade%20%3D%20", "filter", "filter: expected a value after '=' but found the end of the filter at position 9")]
    [InlineData("filter=nosuch%20%3D%201", "filter", "unknown property 'nosuch'")]
    [InlineData("filter=grade%20%3E%203", "filter", "type mismatch: property 'grade' (position 1) is a string but the value 3 is a number at position 9")]
    [InlineData("filter=grade%20LIKE%20'D%5C'", "filter", "at position 12")]
    [InlineData("filter=area_description%20IS%20NULL", "filter", "unknown property 'area_description'")]
    [InlineData("filter=grade%3D'D'&filter-lang=cql2-json", "filter-lang", "Only filter-lang=cql2-text")]
    [InlineData("filter=grade%3D'D'&filter-crs=EPSG:3857", "filter-crs", "filter-crs must be")]
    [InlineData("sortby=nosuch", "sortby", "sortby: sortby names 'nosuch'")]
    [InlineData("sortby=area_description", "sortby", "not a property this collection can sort by")]
    public async Task Items_MalformedFilterOrSortBy_Is400NamingWhereItBroke(string query, string parameter, string detail)
    {
        var problem = await _client.GetProblem($"/collections/redlining-1935/items?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conformance_And_OpenApi_DeclareFilteringAndSorting()
    {
        var conformance = await _client.GetJson("/conformance");
        var api = await _client.GetJson("/api", "application/vnd.oai.openapi+json");

        var classes = conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/cql2-text", classes);
        Assert.Contains("http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators", classes);
        var parameters = api.GetProperty("paths").GetProperty("/collections/zip-mobility/items").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Where(p => p.TryGetProperty("name", out _)).Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("filter", parameters);
        Assert.Contains("sortby", parameters);
    }

    private static string SwapAxes(string wkt) => System.Text.RegularExpressions.Regex.Replace(wkt, @"(-?[\d.]+) (-?[\d.]+)", "$2 $1");

    private static FeatureCollection SourceHolcAreas()
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var path = Path.Combine(TestPaths.Geodata, "holc", "charlotte_1935.geojson");
        return JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
    }
}
