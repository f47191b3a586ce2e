namespace OpportunityMap.Server.Tests;

/// <summary>
/// OGC API - Features Part 1 (1.0.1) and Part 5 on the real data, one check per item of issue 13: datetime, links to
/// every representation, f values no resource has, each collection's schema, and numbers a client cannot take for
/// integers.
/// </summary>
public sealed class OgcCoreTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("1935-06-01T12:00:00Z")]
    [InlineData("1935-01-01T00:00:00Z")]
    [InlineData("1935-12-31")]
    [InlineData("1930-01-01T00:00:00Z/1940-01-01T00:00:00Z")]
    [InlineData("1936-01-01T00:00:00Z/..")]
    [InlineData("../1934-12-31T23:59:59Z")]
    [InlineData("/1935-01-01T00:00:00-05:00")]
    [InlineData("1934-12-31T23:59:59Z")]
    public async Task Datetime_OnThe1935Map_SelectsTheAreasWhoseSurveyYearIntersectsIt(string datetime)
    {
        var all = await _client.GetGeoJson("/collections/redlining-1935/items?limit=1000");
        var (fromYear, toYear) = Years(datetime);

        var page = await _client.GetGeoJson($"/collections/redlining-1935/items?limit=1000&datetime={Uri.EscapeDataString(datetime)}");

        // map_year is the year of the survey: the area's time is that whole year (UTC); an area without one matches.
        var expected = all.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("map_year") is var year
                && (year.ValueKind == JsonValueKind.Null || (year.GetInt32() >= fromYear && year.GetInt32() <= toYear)))
            .Select(f => f.GetProperty("id").GetString())
            .ToList();
        Assert.Equal(expected, page.Ids());
        Assert.Equal(34, all.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [InlineData("zip-mobility")]
    [InlineData("resources")]
    public async Task Datetime_OnACollectionWithoutTime_MatchesEveryFeature(string collection)
    {
        var all = await _client.GetGeoJson($"/collections/{collection}/items?limit=1");

        var page = await _client.GetGeoJson($"/collections/{collection}/items?limit=1&datetime=2018-02-12T00:00:00Z/..");

        Assert.Equal(all.GetProperty("numberMatched").GetInt32(), page.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [InlineData("2018-02-12T23:20:50")]
    [InlineData("2018-13-01")]
    [InlineData("../..")]
    [InlineData("2019-01-01T00:00:00Z/2018-01-01T00:00:00Z")]
    [InlineData("yesterday")]
    public async Task Datetime_NotAnInstantOrInterval_Is400NamingIt(string datetime)
    {
        var problem = await _client.GetProblem($"/collections/zip-mobility/items?datetime={Uri.EscapeDataString(datetime)}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("datetime", out _));
    }

    [Theory]
    [InlineData("/collections/redlining-1935/items?grade=D&limit=5", "D")]
    [InlineData("/collections/redlining-1935/items/D8?properties=grade", "D8")]
    public async Task ItemsAndItem_LinkThemselvesAsHtmlAndCsv_WithTheSameQuery(string url, string text)
    {
        var document = await _client.GetGeoJson(url);

        var alternates = Links(document, "alternate");
        Assert.Equal(["text/csv", "text/html"], alternates.Select(a => a.Type).Order());
        foreach (var (href, type) in alternates)
        {
            Assert.Contains(url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..], href);
            await AssertServes(href, type, text);
        }
    }

    [Fact]
    public async Task Collections_LinkTheItemsInEveryFormat_AndTheSchemas()
    {
        var collections = (await _client.GetJson("/collections")).GetProperty("collections").EnumerateArray().ToList();

        Assert.NotEmpty(collections);
        foreach (var collection in collections.Take(2))
        {
            var items = Links(collection, "items");
            Assert.Equal(["application/geo+json", "text/csv", "text/html"], items.Select(i => i.Type).Order());
            foreach (var (href, type) in items)
            {
                await AssertServes(href, type, "");
            }

            Assert.Equal(["application/schema+json"], Links(collection, "http://www.opengis.net/def/rel/ogc/1.0/schema").Select(l => l.Type));
            var describedBy = Assert.Single(collection.GetProperty("links").EnumerateArray(),
                l => string.Equals(l.GetProperty("rel").GetString(), "describedby", StringComparison.OrdinalIgnoreCase));
            Assert.EndsWith("/schema/geojson", describedBy.GetProperty("href").GetString());
        }

        Assert.All(collections, c => Assert.Equal(3, Links(c, "items").Count));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/conformance")]
    [InlineData("/collections")]
    [InlineData("/collections/zip-mobility")]
    [InlineData("/collections/zip-mobility/queryables")]
    [InlineData("/collections/zip-mobility/schema")]
    [InlineData("/collections/zip-mobility/items")]
    [InlineData("/collections/zip-mobility/items/28202")]
    [InlineData("/api")]
    public async Task FormatNoResourceHas_Is400NamingF(string path)
    {
        var problem = await _client.GetProblem(path + "?f=xml", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("f", out _));
    }

    public static TheoryData<string> Collections =>
        ["redlining-1935", "zip-mobility", "tract-mobility", "resources", "neighborhoods", "municipalities", "redlining-national"];

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Schema_TypesEveryPropertyAsItsValuesAre_IntegerAndNumberApart(string collection)
    {
        var schema = await _client.GetJson($"/collections/{collection}/schema", "application/schema+json");
        var page = await _client.GetGeoJson($"/collections/{collection}/items?limit=10000");

        var properties = schema.GetProperty("properties");
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.Equal("id", properties.GetProperty("id").GetProperty("x-ogc-role").GetString());
        Assert.Equal("primary-geometry", properties.GetProperty("geometry").GetProperty("x-ogc-role").GetString());
        var kinds = new Dictionary<string, HashSet<string>>();
        foreach (var feature in page.GetProperty("features").EnumerateArray())
        {
            foreach (var value in feature.GetProperty("properties").EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(value.Name, out var declared), $"{collection}: {value.Name} is not in the schema");
                var type = declared.GetProperty("type").GetString();
                Assert.True(Conforms(type, value.Value), $"{collection} {feature.GetProperty("id")} {value.Name}: {value.Value.GetRawText()} is not a {type}");
            }
        }
    }

    [Fact]
    public async Task Schema_OfNeighborhoods_SaysTheSharesAndIncomeAreNumbersAndTheYearsIntegers()
    {
        var properties = (await _client.GetJson("/collections/neighborhoods/schema", "application/schema+json")).GetProperty("properties");

        // The four columns GDAL and QGIS once read as integers, truncating 102 values (issue 13).
        foreach (var name in new[] { "household_income", "holc_a_share", "holc_b_share", "holc_d_share" })
        {
            Assert.Equal("number", properties.GetProperty(name).GetProperty("type").GetString());
        }

        Assert.Equal("integer", properties.GetProperty("household_income_year").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("zip-mobility")]
    [InlineData("tract-mobility")]
    [InlineData("neighborhoods")]
    public async Task NumberProperties_AreWrittenWithAFractionOrExponent_InJsonAndCsv(string collection)
    {
        var numbers = (await _client.GetJson($"/collections/{collection}")).GetProperty("properties").EnumerateArray()
            .Where(p => p.GetProperty("type").GetString() == "number").Select(p => p.GetProperty("name").GetString()!).ToList();
        var page = await _client.GetGeoJson($"/collections/{collection}/items?limit=10000");
        var csv = (await _client.GetStringAsync($"/collections/{collection}/items?limit=10000&f=csv&properties={string.Join(',', numbers)}",
            TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1);

        var written = page.GetProperty("features").EnumerateArray()
            .SelectMany(f => numbers.Select(n => f.GetProperty("properties").GetProperty(n)))
            .Where(v => v.ValueKind != JsonValueKind.Null)
            .Select(v => v.GetRawText())
            .Concat(csv.SelectMany(row => row.Split(',').Skip(1).Take(numbers.Count)).Where(cell => cell.Length > 0))
            .ToList();
        Assert.NotEmpty(numbers);
        Assert.All(written, text => Assert.True(text.AsSpan().IndexOfAny('.', 'e', 'E') >= 0, $"{collection}: {text} reads as an integer"));
    }

    [Fact]
    public async Task NeighborhoodsWithWholeShares_AreWrittenAsRealNumbers()
    {
        var page = await _client.GetGeoJson("/collections/neighborhoods/items?limit=1000");

        var none = page.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("holc_a_share"))
            .Where(v => v.ValueKind == JsonValueKind.Number && v.GetDouble() == 0).ToList();
        Assert.NotEmpty(none);
        Assert.All(none, v => Assert.Equal("0.0", v.GetRawText()));
    }

    [Fact]
    public async Task Conformance_DeclaresQueryablesAndSchemas()
    {
        var classes = (await _client.GetJson("/conformance")).GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()).ToList();

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters", classes);
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-5/1.0/conf/schemas", classes);
    }

    private static bool Conforms(string? type, JsonElement value) => value.ValueKind == JsonValueKind.Null || type switch
    {
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _) && value.GetRawText().AsSpan().IndexOfAny('.', 'e', 'E') < 0,
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => value.ValueKind == JsonValueKind.String,
    };

    // The years a datetime value spans (UTC), as map_year counts them.
    private static (int From, int To) Years(string datetime)
    {
        static int? Year(string text) => text is "" or ".." ? null
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).Year;
        var parts = datetime.Split('/');
        return (Year(parts[0]) ?? int.MinValue, Year(parts[^1]) ?? int.MaxValue);
    }

    private static List<(string Href, string Type)> Links(JsonElement document, string rel) =>
        [.. document.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("rel").GetString() == rel)
            .Select(l => (l.GetProperty("href").GetString()!, l.GetProperty("type").GetString()!))];

    private async Task AssertServes(string href, string type, string text)
    {
        using var response = await _client.GetAsync(new Uri(href).PathAndQuery, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href} → {(int)response.StatusCode}");
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(text, body);
    }
}
