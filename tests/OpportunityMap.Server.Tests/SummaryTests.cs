namespace OpportunityMap.Server.Tests;

/// <summary>POST and GET /api/summary on the real data: named areas agree with what the layers publish; bad input is refused.</summary>
public sealed class SummaryTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Summary_EveryZipsOwnPolygon_AgreesWithItsPublishedIncome()
    {
        var zips = await _client.GetGeoJson("/collections/zip-mobility/items?limit=100");

        Assert.Equal(34, zips.GetProperty("features").GetArrayLength());
        foreach (var zip in zips.GetProperty("features").EnumerateArray())
        {
            var id = zip.GetProperty("id").GetString();
            var published = zip.GetProperty("properties");
            var mobility = (await _client.GetJson($"/api/summary?layer=zip-mobility&id={id}")).GetProperty("mobility");

            Assert.Equal(published.GetProperty("household_income_p25").GetDouble(), mobility.GetProperty("household_income_p25").GetDouble(), 0.01);
            Assert.Equal(published.GetProperty("tracts_blended").GetInt32(), mobility.GetProperty("tractsBlended").GetInt32());
        }
    }

    [Fact]
    public async Task Summary_PostedZipPolygon_EqualsTheNamedZip()
    {
        var zip = await _client.GetGeoJson("/collections/zip-mobility/items/28208");
        var posted = await Post(zip.GetRawText());
        var named = await _client.GetJson("/api/summary?layer=zip-mobility&id=28208");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal(named.GetProperty("mobility").GetProperty("household_income_p25").GetDouble(), posted.Body.GetProperty("mobility").GetProperty("household_income_p25").GetDouble(), 1e-6);
        Assert.Equal(named.GetProperty("mobility").GetProperty("tractsBlended").GetInt32(), posted.Body.GetProperty("mobility").GetProperty("tractsBlended").GetInt32());
        Assert.Equal(named.GetProperty("grades").GetProperty("D").GetDouble(), posted.Body.GetProperty("grades").GetProperty("D").GetDouble(), 1e-9);
        Assert.Equal(named.GetProperty("resources").GetProperty("total").GetInt32(), posted.Body.GetProperty("resources").GetProperty("total").GetInt32());
        Assert.False(posted.Body.GetProperty("input").GetProperty("repaired").GetBoolean());
        Assert.Equal(1, posted.Body.GetProperty("area").GetProperty("countyCoverage").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task Summary_EveryHolcAreasOwnPolygon_IsAllItsGrade_AndSharesSumTo1()
    {
        var areas = await _client.GetGeoJson("/collections/redlining-1935/items?limit=100");

        foreach (var area in areas.GetProperty("features").EnumerateArray())
        {
            var id = area.GetProperty("id").GetString();
            var grade = area.GetProperty("properties").GetProperty("grade").GetString()!;
            var grades = (await _client.GetJson($"/api/summary?layer=redlining-1935&id={id}")).GetProperty("grades");

            // Charlotte's grades do not overlap (docs/data.md), so each area is wholly its own grade.
            Assert.True(Math.Abs(grades.GetProperty(grade).GetDouble() - 1) < 1e-6, $"{id}: {grades}");
            Assert.Equal(1, grades.EnumerateObject().Sum(g => g.Value.GetDouble()), 1e-9);
        }
    }

    [Fact]
    public async Task Summary_NamedNeighborhoodAndTract_HaveTheirOwnMetricsAndValue()
    {
        var npa = await _client.GetGeoJson("/collections/neighborhoods/items?limit=1");
        var feature = npa.GetProperty("features")[0];
        var summary = await _client.GetJson($"/api/summary?layer=neighborhoods&id={feature.GetProperty("id").GetString()}");
        var grocery = summary.GetProperty("neighborhoods").GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "grocery_proximity");
        var tract = await _client.GetJson("/api/summary?layer=tract-mobility&id=37119000100");

        Assert.Equal(feature.GetProperty("properties").GetProperty("grocery_proximity").GetDouble(), grocery.GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(26669, tract.GetProperty("mobility").GetProperty("household_income_p25").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task Summary_AsCsv_HasOneFigureARow()
    {
        var (_, rows) = await _client.GetCsv("/api/summary?layer=zip-mobility&id=28208&f=csv");
        var json = await _client.GetJson("/api/summary?layer=zip-mobility&id=28208");

        Assert.Equal("section,id,measure,value", rows[0]);
        Assert.All(rows, r => Assert.Equal(4, r.Split(',').Length));
        var income = rows.Single(r => r.StartsWith("mobility,,household_income_p25,", StringComparison.Ordinal)).Split(',')[3];
        Assert.Equal(json.GetProperty("mobility").GetProperty("household_income_p25").GetDouble(), double.Parse(income, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Summary_SelfIntersectingBowtie_IsRepairedAndSaysSo()
    {
        // A bow-tie over uptown Charlotte: its ring crosses itself at (-80.84, 35.225).
        var posted = await Post("""{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,35.23],[-80.83,35.22],[-80.85,35.23],[-80.85,35.22]]]}""");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.True(posted.Body.GetProperty("input").GetProperty("repaired").GetBoolean());
        Assert.True(posted.Body.GetProperty("area").GetProperty("squareKilometres").GetDouble() > 0);
    }

    [Fact]
    public async Task Summary_PolygonOutsideTheCounty_Is200WithZeroCoverage()
    {
        // Raleigh: outside Mecklenburg County, inside North Carolina, where EPSG:2264 measures areas.
        var posted = await Post("""{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-78.7,35.7],[-78.6,35.7],[-78.6,35.8],[-78.7,35.8],[-78.7,35.7]]]}}""");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal(0, posted.Body.GetProperty("area").GetProperty("countyCoverage").GetDouble());
        Assert.Equal(JsonValueKind.Null, posted.Body.GetProperty("mobility").GetProperty("household_income_p25").ValueKind);
        Assert.Equal(1, posted.Body.GetProperty("grades").GetProperty("ungraded").GetDouble());
        Assert.Equal(0, posted.Body.GetProperty("resources").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"Point","coordinates":[-80.84,35.22]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,35.22],[-80.83,35.23],[-80.85,35.23]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,35.22],[-80.83,35.23],[-80.85,35.22]],[]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,"x"],[-80.83,35.23],[-80.85,35.22]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-80.85,95],[-80.83,35.22],[-80.83,35.23],[-80.85,95]]]}""")]
    [InlineData("""{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,35.22],[-80.85,35.22],[-80.85,35.22]]]}""")]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    [InlineData("""{"type":"Feature","geometry":null}""")]
    public async Task Summary_InvalidArea_Is400ProblemDetails(string body)
    {
        var posted = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal("application/problem+json", posted.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(posted.Body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Summary_TooManyVertices_Is400()
    {
        var ring = Enumerable.Range(0, 2001).Select(i => (Math.Cos(i * 2 * Math.PI / 2000) * 0.01) - 80.84).Zip(
            Enumerable.Range(0, 2001).Select(i => (Math.Sin(i * 2 * Math.PI / 2000) * 0.01) + 35.22));
        var coordinates = string.Join(',', ring.Select((c, i) => i == 2000 ? "[-80.83,35.22]" : FormattableString.Invariant($"[{c.First:F5},{c.Second:F5}]")));
        var posted = await Post($$"""{"type":"Polygon","coordinates":[[{{coordinates}}]]}""");

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Contains("2000", posted.Body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Summary_WrongContentType_Is415()
    {
        var posted = await Post("""{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,35.22],[-80.83,35.23],[-80.85,35.22]]]}""", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, posted.Status);
        Assert.Equal("application/problem+json", posted.MediaType);
    }

    [Theory]
    [InlineData("/api/summary?layer=resources&id=library-001", HttpStatusCode.BadRequest)]
    [InlineData("/api/summary?id=28208", HttpStatusCode.BadRequest)]
    [InlineData("/api/summary?layer=zip-mobility&id=28208&f=xml", HttpStatusCode.BadRequest)]
    [InlineData("/api/summary?layer=zip-mobility&id=99999", HttpStatusCode.NotFound)]
    public async Task Summary_BadNamedArea_IsProblemDetails(string url, HttpStatusCode status) =>
        await _client.GetProblem(url, status);

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> Post(string body, string mediaType = "application/geo+json")
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = await _client.PostAsync("/api/summary", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }
}
