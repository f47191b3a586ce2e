using NetTopologySuite.IO;

namespace OpportunityMap.Server.Tests;

/// <summary>Planners' exports: CSV with WKT geometry, and the queryables a filter may name.</summary>
public sealed class ExportTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Items_AsCsv_HaveAHeaderARowPerFeatureAndWktGeometry()
    {
        using var response = await _client.GetAsync("/collections/redlining-1935/items?f=csv&limit=1000", TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var geojson = await _client.GetGeoJson("/collections/redlining-1935/items/D8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("redlining-1935.csv", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal("34", Assert.Single(response.Headers.GetValues("OGC-NumberMatched")));
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(35, rows.Length);
        Assert.StartsWith("\"id\",\"holc_id\",\"grade\",", rows[0]);
        Assert.EndsWith(",\"geometry_wkt\"", rows[0]);
        var d8 = rows.Single(r => r.StartsWith("\"D8\",", StringComparison.Ordinal));
        var wkt = d8[(d8.LastIndexOf(",\"MULTIPOLYGON", StringComparison.Ordinal) + 2)..^1];
        var geometry = new WKTReader().Read(wkt);
        var coordinates = geojson.GetProperty("geometry").GetProperty("coordinates")[0][0][0];
        Assert.Equal(coordinates[0].GetDouble(), geometry.Coordinates[0].X);
        Assert.Equal(coordinates[1].GetDouble(), geometry.Coordinates[0].Y);
        Assert.Contains("\"Type of population, cheap construction\"", d8);
    }

    [Fact]
    public async Task Items_AsCsv_KeepFiltersAndQuoteText()
    {
        var csv = await _client.GetStringAsync("/collections/zip-mobility/items?f=csv&zipcode=28208", TestContext.Current.CancellationToken);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, rows.Length);
        Assert.StartsWith("\"28208\",\"28208\",\"CHARLOTTE\",", rows[1]);
    }

    [Fact]
    public async Task Queryables_AreJsonSchema_OfTheQueryableProperties()
    {
        var queryables = await _client.GetJson("/collections/redlining-1935/queryables", "application/schema+json");
        var properties = queryables.GetProperty("properties");

        Assert.Equal("object", queryables.GetProperty("type").GetString());
        Assert.Equal("string", properties.GetProperty("grade").GetProperty("type").GetString());
        Assert.Equal("integer", properties.GetProperty("map_year").GetProperty("type").GetString());
        Assert.False(properties.TryGetProperty("fill", out _));
        Assert.False(queryables.GetProperty("additionalProperties").GetBoolean());
        var collection = await _client.GetJson("/collections/redlining-1935");
        Assert.EndsWith("/collections/redlining-1935/queryables", collection.Link("http://www.opengis.net/def/rel/ogc/1.0/queryables"));
    }

    [Fact]
    public async Task Item_AsCsv_IsItsRowOfTheItemsCsv()
    {
        var items = await _client.GetStringAsync("/collections/redlining-1935/items?f=csv&holc_id=D8", TestContext.Current.CancellationToken);
        using var response = await _client.GetAsync("/collections/redlining-1935/items/D8?f=csv", TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(items, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, items.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        await _client.GetProblem("/collections/redlining-1935/items/D8?f=xml", HttpStatusCode.BadRequest);
    }
}

public sealed class CsvWriterTests
{
    [Fact]
    public void Row_QuotesText_EscapesQuotes_AndDisarmsFormulas()
    {
        var layer = new Core.Layers.LayerMetadata("l", "L", "", "Point", [],
            [new("a", Core.Layers.PropertyType.String, "A"), new("b", Core.Layers.PropertyType.String, "B"), new("n", Core.Layers.PropertyType.Number, "N"), new("m", Core.Layers.PropertyType.Boolean, "M")],
            new Envelope(0, 1, 0, 1));
        var feature = new Core.Layers.LayerFeature("x", new GeometryFactory().CreatePoint(new Coordinate(-80.5, 35.25)), ["say \"hi\", then go", "=HYPERLINK(\"http://evil\")", 0.1, null]);

        var row = Server.Ogc.CsvWriter.Row(layer, feature);

        Assert.Equal("\"x\",\"say \"\"hi\"\", then go\",\"'=HYPERLINK(\"\"http://evil\"\")\",0.1,,\"POINT (-80.5 35.25)\"\r\n", row);
    }
}
