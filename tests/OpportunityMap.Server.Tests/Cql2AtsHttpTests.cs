using OpportunityMap.Stores.Tests;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The OGC CQL2 Abstract Test Suite (OGC 21-065 annex A) over HTTP: every row of the test-data tables of each class the
/// service declares, sent as <c>filter</c> to the service serving the suite's collections through
/// tests/ogc/cql2-ats.settings.json; numberMatched must equal the number of items the suite expects. Also the
/// suite's collections through Part 1's own parameters: its BBOX rows as <c>bbox</c>, its dates as <c>datetime</c>.
/// </summary>
public sealed class Cql2AtsHttpTests(AtsApp app)
{
    private static readonly string[] Classes =
        ["basic-cql2", "advanced-comparison-operators", "case-insensitive-comparison", "basic-spatial-functions", "basic-spatial-functions-plus"];

    public static TheoryData<string, string, string, int> Rows => Cql2Ats.Rows(Classes);

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Row_OverHttp_MatchesTheExpectedNumberOfItems(string conformanceClass, string dataSource, string predicate, int expected)
    {
        var (_, client) = await app.StartAsync();

        var page = await client.GetGeoJson($"/collections/{dataSource}/items?limit=1&filter-lang=cql2-text&filter={Uri.EscapeDataString(predicate)}");

        var matched = page.GetProperty("numberMatched").GetInt32();
        Assert.True(expected == matched, $"{conformanceClass}: {predicate} matched {matched} over HTTP, the suite expects {expected}");
    }

    [Fact]
    public async Task Conformance_DeclaresEveryClassThisRuns_AndTheQueryablesItNeeds()
    {
        var (_, client) = await app.StartAsync();

        var declared = (await client.GetJson("/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();

        Assert.All(Classes, c => Assert.Contains($"http://www.opengis.net/spec/cql2/1.0/conf/{c}", declared));
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables", declared);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter", declared);
        Assert.DoesNotContain(declared, c => c!.EndsWith("/conf/spatial-functions", StringComparison.Ordinal) || c.EndsWith("/conf/temporal-functions", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, int> BboxRows()
    {
        // The suite's rows that are one S_INTERSECTS with a BBOX: the same box as Part 1's bbox selects the same items.
        var rows = new TheoryData<string, string, int>();
        foreach (var row in Cql2Ats.Rows("basic-spatial-functions"))
        {
            var (_, source, predicate, expected) = row.Data;
            var match = System.Text.RegularExpressions.Regex.Match(predicate, @"^S_INTERSECTS\(geom,BBOX\(([-0-9.,]+)\)\)$");
            if (match.Success)
            {
                rows.Add(source, match.Groups[1].Value, expected);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(BboxRows))]
    public async Task Bbox_AsTheSuitesBboxRow_MatchesItsExpectedCount_AcrossTheAntimeridianToo(string collection, string bbox, int expected)
    {
        var (_, client) = await app.StartAsync();

        var page = await client.GetGeoJson($"/collections/{collection}/items?limit=1&bbox={bbox}");

        Assert.Equal(expected, page.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Queryables_ListTheGeometryAsGeom_AndDatesWithTheirFormats_AndNothingElse()
    {
        var (_, client) = await app.StartAsync();

        var queryables = await client.GetJson("/collections/ne_110m_populated_places_simple/queryables", "application/schema+json");
        var properties = queryables.GetProperty("properties");

        Assert.False(queryables.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal("geometry-point", properties.GetProperty("geom").GetProperty("format").GetString());
        Assert.False(properties.TryGetProperty("geometry", out _));
        Assert.Equal("date", properties.GetProperty("date").GetProperty("format").GetString());
        Assert.Equal("date-time", properties.GetProperty("start").GetProperty("format").GetString());
        Assert.Equal("integer", properties.GetProperty("pop_max").GetProperty("type").GetString());
        Assert.Equal("number", (await client.GetJson("/collections/ne_110m_admin_0_countries/queryables", "application/schema+json"))
            .GetProperty("properties").GetProperty("POP_EST").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Filter_NamingAGeometryTheQueryablesDoNotList_Is400()
    {
        var (_, client) = await app.StartAsync();

        var problem = await client.GetProblem(
            "/collections/ne_110m_admin_0_countries/items?filter=" + Uri.EscapeDataString("S_INTERSECTS(geometry,BBOX(0,40,10,50))"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("filter", out _));
    }

    [Theory]
    [InlineData("date", "yyyy-MM-dd")]
    [InlineData("start", null)]
    public async Task EqualityFilter_OnADateOrAnInstant_SelectsTheFeaturesWithThatValue(string property, string? format)
    {
        var (_, client) = await app.StartAsync();
        var (name, value) = SourcePlaces().First(p => p.Properties.GetProperty(property).ValueKind == JsonValueKind.String) is var first
            ? (first.Properties.GetProperty("name").GetString(), first.Properties.GetProperty(property).GetString()!)
            : default;

        var page = await client.GetGeoJson($"/collections/ne_110m_populated_places_simple/items?{property}={Uri.EscapeDataString(value)}");

        var expected = SourcePlaces().Count(p => p.Properties.GetProperty(property).GetString() == value);
        Assert.Equal(expected, page.GetProperty("numberMatched").GetInt32());
        Assert.Contains(name, page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()));
        Assert.Equal(value, page.GetProperty("features")[0].GetProperty("properties").GetProperty(property).GetString());
        Assert.True(format is null || DateOnly.TryParseExact(value, format, out _));
    }

    [Theory]
    [InlineData("2021-04-16T10:15:59Z")]
    [InlineData("2022-06-01T00:00:00Z/2022-06-30T23:59:59Z")]
    [InlineData("2023-01-01T00:00:00Z/..")]
    [InlineData("../2021-12-31T00:00:00Z")]
    [InlineData("2022-04-16")]
    [InlineData("2025-01-01/")]
    public async Task Datetime_SelectsThePlacesWhoseStartToEndIntersectsIt_AndThoseWithoutATime(string datetime)
    {
        var (_, client) = await app.StartAsync();
        var (from, to) = Interval(datetime);

        var page = await client.GetGeoJson($"/collections/ne_110m_populated_places_simple/items?limit=1000&datetime={Uri.EscapeDataString(datetime)}");

        // Worked out from the suite's GeoJSON file: a place's time is start to end (settings: TemporalProperty,
        // TemporalEndProperty); one without a time matches any datetime (OGC API - Features 1.0.1, /req/core/fc-time-response C).
        var expected = SourcePlaces().Count(p =>
            p.Properties.GetProperty("start").ValueKind == JsonValueKind.Null
            || (DateTimeOffset.Parse(p.Properties.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture) <= to
                && DateTimeOffset.Parse(p.Properties.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= from));
        Assert.Equal(expected, page.GetProperty("numberMatched").GetInt32());
        Assert.InRange(expected, 240, 243);
    }

    [Fact]
    public async Task Schema_TypesPlacesDatesAndCountriesPopulationAsTheSettingsSay_WithTheirRoles()
    {
        var (_, client) = await app.StartAsync();

        var places = (await client.GetJson("/collections/ne_110m_populated_places_simple/schema", "application/schema+json")).GetProperty("properties");
        var countries = (await client.GetJson("/collections/ne_110m_admin_0_countries/schema", "application/schema+json")).GetProperty("properties");

        Assert.Equal("primary-interval-start", places.GetProperty("start").GetProperty("x-ogc-role").GetString());
        Assert.Equal("primary-interval-end", places.GetProperty("end").GetProperty("x-ogc-role").GetString());
        Assert.Equal("primary-geometry", places.GetProperty("geom").GetProperty("x-ogc-role").GetString());
        Assert.Equal("date", places.GetProperty("date").GetProperty("format").GetString());
        Assert.Equal("boolean", places.GetProperty("boolean").GetProperty("type").GetString());
        Assert.Equal("number", countries.GetProperty("POP_EST").GetProperty("type").GetString());
        Assert.Equal("geometry-any", countries.GetProperty("geom").GetProperty("format").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?f=csv")]
    [InlineData("?f=html")]
    public async Task PlacesWithDatesAndInstants_AreWrittenInEveryFormat(string query)
    {
        var (_, client) = await app.StartAsync();
        var athens = SourcePlaces().Single(p => p.Properties.GetProperty("name").GetString() == "Athens").Properties;

        using var response = await client.GetAsync($"/collections/ne_110m_populated_places_simple/items{query}{(query.Length == 0 ? "?" : "&")}limit=1000",
            TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(athens.GetProperty("date").GetString()!, body);
        Assert.Contains(athens.GetProperty("start").GetString()!, body);
    }

    [Fact]
    public async Task VectorTile_OfAthens_CarriesItsDateAndInstantsAsText()
    {
        var (_, client) = await app.StartAsync();
        var athens = SourcePlaces().Single(p => p.Properties.GetProperty("name").GetString() == "Athens");
        var coordinates = athens.Geometry.GetProperty("coordinates");
        var (x, y) = TileDecoding.TileOf(coordinates[0].GetDouble(), coordinates[1].GetDouble(), 6);

        var tile = TileDecoding.Decode(await client.GetTile($"/collections/ne_110m_populated_places_simple/tiles/6/{x}/{y}"), 6, x, y);

        var feature = tile["ne_110m_populated_places_simple"].Single(f => (string)f.Attributes["name"] == "Athens");
        Assert.Equal(athens.Properties.GetProperty("date").GetString(), feature.Attributes["date"]);
        Assert.Equal(athens.Properties.GetProperty("start").GetString(), feature.Attributes["start"]);
    }

    [Fact]
    public async Task GeoPackageDownload_KeepsDatesAndInstantsAsDateAndDatetimeColumns()
    {
        var (_, client) = await app.StartAsync();
        var file = Path.Combine(Path.GetTempPath(), $"om-places-{Guid.NewGuid():N}.gpkg");
        try
        {
            await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync("/downloads/ne_110m_populated_places_simple.gpkg", TestContext.Current.CancellationToken),
                TestContext.Current.CancellationToken);

            var info = await GdalClientTests.Run("ogrinfo", "-ro", "-so", file, "ne_110m_populated_places_simple");
            Assert.Contains("date: Date", info);
            Assert.Contains("start: DateTime", info);
            var athens = await GdalClientTests.Run("ogrinfo", "-ro", "-q", "-where", "name = 'Athens'", file, "ne_110m_populated_places_simple");
            Assert.Contains("date (Date) = 2022/04/16", athens);
            Assert.Contains("start (DateTime) = 2022/04/16 10:15:10", athens);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The first and last instant of a datetime value, as the test reads Part 1's grammar (a date is its whole UTC day).
    private static (DateTimeOffset From, DateTimeOffset To) Interval(string datetime)
    {
        static DateTimeOffset? Read(string text, bool end) => text is "" or ".." ? null
            : text.Length == 10 ? new DateTimeOffset(DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(end ? new TimeOnly(23, 59, 59) : TimeOnly.MinValue), TimeSpan.Zero)
            : DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var parts = datetime.Split('/');
        return (Read(parts[0], end: false) ?? DateTimeOffset.MinValue, Read(parts[^1], end: true) ?? DateTimeOffset.MaxValue);
    }

    private static IEnumerable<(JsonElement Properties, JsonElement Geometry)> SourcePlaces()
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(Cql2Ats.Directory, "ne_110m_populated_places_simple.geojson")));
        return [.. file.RootElement.GetProperty("features").EnumerateArray().Select(f => (f.GetProperty("properties").Clone(), f.GetProperty("geometry").Clone()))];
    }
}
