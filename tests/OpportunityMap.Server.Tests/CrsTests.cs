using Npgsql;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace OpportunityMap.Server.Tests;

/// <summary>OGC API - Features Part 2: crs, bbox-crs and Content-Crs, on the real data.</summary>
public sealed class CrsTests(RealDataApp app)
{
    private const string Crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private const string Epsg4326 = "http://www.opengis.net/def/crs/EPSG/0/4326";
    private const string Epsg3857 = "http://www.opengis.net/def/crs/EPSG/0/3857";
    private const string Epsg2264 = "http://www.opengis.net/def/crs/EPSG/0/2264";

    // Uptown Charlotte and the neighborhoods around it (as in BboxTests).
    private const double MinLon = -80.87, MinLat = 35.20, MaxLon = -80.82, MaxLat = 35.24;

    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Item_Crs2264_MatchesProjNetTransformOfTheEpsg4326Response_WithinACentimetre()
    {
        var latLon = Coordinates(await _client.GetGeoJson($"/collections/zip-mobility/items/28202?crs={Epsg4326}"));
        var feet = Coordinates(await _client.GetGeoJson("/collections/zip-mobility/items/28202?crs=http://www.opengis.net/def/crs/EPSG/0/2264"));
        var toFeet = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84,
            (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Projections.NorthCarolinaFeetWkt)).MathTransform;
        const double CentimetreInFeet = 0.01 / 0.3048006096012192;

        Assert.True(latLon.Count > 10, "a real ZIP has more than a handful of vertices");
        Assert.Equal(latLon.Count, feet.Count);
        for (var i = 0; i < latLon.Count; i++)
        {
            var (x, y) = toFeet.Transform(latLon[i].Y, latLon[i].X);
            Assert.True(Math.Abs(x - feet[i].X) < CentimetreInFeet && Math.Abs(y - feet[i].Y) < CentimetreInFeet,
                $"vertex {i}: expected {x},{y} ft, got {feet[i].X},{feet[i].Y}");
        }

        // NC State Plane puts Charlotte around 1.4 million feet east, 0.5 million feet north.
        Assert.InRange(feet[0].X, 1_300_000, 1_600_000);
        Assert.InRange(feet[0].Y, 400_000, 650_000);
    }

    [Fact]
    public async Task Items_Epsg4326_SwapsTheAxesOfCrs84()
    {
        var lonLat = await _client.GetGeoJson("/collections/redlining-1935/items?limit=3");
        var latLon = await _client.GetGeoJson($"/collections/redlining-1935/items?limit=3&crs={Epsg4326}");

        var expected = Coordinates(lonLat).Select(c => (c.Y, c.X)).ToList();
        Assert.Equal(expected, Coordinates(latLon));
        Assert.InRange(Coordinates(latLon)[0].X, 35, 36);
    }

    [Fact]
    public async Task Items_Crs3857_AgreesWithTheSphericalMercatorFormula()
    {
        var point = Coordinates(await _client.GetGeoJson("/collections/resources/items/library-007"))[0];
        var mercator = Coordinates(await _client.GetGeoJson($"/collections/resources/items/library-007?crs={Epsg3857}"))[0];

        // EPSG:3857 worked by hand: x = R·λ, y = R·ln(tan(π/4 + φ/2)), R = 6378137 m.
        const double R = 6378137;
        Assert.Equal(R * point.X * Math.PI / 180, mercator.X, 0.001);
        Assert.Equal(R * Math.Log(Math.Tan((Math.PI / 4) + (point.Y * Math.PI / 360))), mercator.Y, 0.001);
    }

    [Theory]
    [InlineData(Epsg2264)]
    [InlineData(Epsg3857)]
    [InlineData(Epsg4326)]
    public async Task Items_BboxCrs_WithTheUptownBoxTransformed_GivesTheSameIdsAsTheCrs84Bbox(string crs)
    {
        var transform = crs switch
        {
            Epsg4326 => null,
            Epsg3857 => new CoordinateTransformationFactory().CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, ProjectedCoordinateSystem.WebMercator).MathTransform,
            _ => new CoordinateTransformationFactory().CreateFromCoordinateSystems(
                GeographicCoordinateSystem.WGS84, (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Projections.NorthCarolinaFeetWkt)).MathTransform,
        };
        string box;
        if (transform is null)
        {
            box = Join(MinLat, MinLon, MaxLat, MaxLon);
        }
        else
        {
            // The corners of the lon/lat box, projected: near enough to its edges that no HOLC boundary lies between.
            var (x0, y0) = transform.Transform(MinLon, MinLat);
            var (x1, y1) = transform.Transform(MaxLon, MaxLat);
            box = Join(x0, y0, x1, y1);
        }

        var expected = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={Join(MinLon, MinLat, MaxLon, MaxLat)}");
        var actual = await _client.GetGeoJson($"/collections/redlining-1935/items?bbox={box}&bbox-crs={Uri.EscapeDataString(crs)}");

        Assert.NotEmpty(expected.Ids());
        Assert.Equal(expected.Ids(), actual.Ids());
    }

    [Theory]
    [InlineData("/collections/redlining-1935/items?limit=2", Crs84)]
    [InlineData("/collections/redlining-1935/items?limit=2&crs=http://www.opengis.net/def/crs/EPSG/0/3857", Epsg3857)]
    [InlineData("/collections/redlining-1935/items/D8", Crs84)]
    [InlineData("/collections/redlining-1935/items/D8?crs=" + Epsg2264, Epsg2264)]
    [InlineData("/collections/redlining-1935/items?f=csv&crs=" + Epsg4326, Epsg4326)]
    public async Task FeaturesResponse_HasContentCrs(string url, string crs)
    {
        using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"<{crs}>", Assert.Single(response.Headers.GetValues("Content-Crs")));
    }

    [Fact]
    public async Task Items_Precision_RoundsEveryCoordinate()
    {
        var full = Coordinates(await _client.GetGeoJson("/collections/zip-mobility/items/28202"));
        var rounded = await _client.GetGeoJson("/collections/zip-mobility/items/28202?precision=3");

        var coordinates = Coordinates(rounded);
        Assert.Equal(full.Count, coordinates.Count);
        for (var i = 0; i < full.Count; i++)
        {
            Assert.Equal(Math.Round(full[i].X, 3, MidpointRounding.AwayFromZero), coordinates[i].X);
            Assert.Equal(Math.Round(full[i].Y, 3, MidpointRounding.AwayFromZero), coordinates[i].Y);
        }

        Assert.DoesNotMatch(@"\d\.\d{4}", rounded.GetProperty("geometry").GetRawText());
    }

    [Fact]
    public async Task Items_PrecisionZeroInFeet_WritesWholeFeet()
    {
        var feet = await _client.GetGeoJson("/collections/resources/items?limit=5&crs=http://www.opengis.net/def/crs/EPSG/0/2264&precision=0");

        Assert.All(Coordinates(feet), c => Assert.True(c.X == Math.Floor(c.X) && c.Y == Math.Floor(c.Y), $"{c.X},{c.Y}"));
    }

    [Fact]
    public async Task Items_Properties_WritesOnlyThoseInThatOrder()
    {
        var items = await _client.GetGeoJson("/collections/redlining-1935/items?grade=D&properties=grade,holc_id,grade");

        Assert.Equal(11, items.GetProperty("numberMatched").GetInt32());
        Assert.All(items.GetProperty("features").EnumerateArray(), f =>
            Assert.Equal(["grade", "holc_id"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Items_EmptyProperties_WritesNoProperties()
    {
        var item = await _client.GetGeoJson("/collections/redlining-1935/items/D8?properties=");

        Assert.Empty(item.GetProperty("properties").EnumerateObject());
    }

    [Fact]
    public async Task Csv_HonoursCrsPrecisionAndProperties()
    {
        var csv = await _client.GetStringAsync("/collections/redlining-1935/items?f=csv&holc_id=D8&crs=http://www.opengis.net/def/crs/EPSG/0/2264&precision=1&properties=grade", TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("\"id\",\"grade\",\"geometry_wkt\"", lines[0]);
        Assert.StartsWith("\"D8\",\"D\",\"MULTIPOLYGON (((14", lines[1]);
        Assert.DoesNotMatch(@"\.\d\d", lines[1]);
    }

    [Fact]
    public async Task Items_NextLink_KeepsCrsPrecisionAndProperties()
    {
        var page = await _client.GetGeoJson("/collections/redlining-1935/items?limit=5&crs=http://www.opengis.net/def/crs/EPSG/0/3857&precision=2&properties=grade");
        var next = page.Link("next")!;

        Assert.Contains("crs=" + Uri.EscapeDataString(Epsg3857), next);
        Assert.Contains("precision=2", next);
        Assert.Contains("properties=grade", next);
        var second = await _client.GetGeoJson(new Uri(next).PathAndQuery);
        Assert.Equal(["grade"], second.GetProperty("features")[0].GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.True(Coordinates(second)[0].X < -8_000_000, "metres, not degrees");
    }

    [Theory]
    [InlineData("/collections/redlining-1935/items?crs=EPSG:9999", "crs")]
    [InlineData("/collections/redlining-1935/items?crs=", "crs")]
    [InlineData("/collections/redlining-1935/items/D8?crs=EPSG:27700", "crs")]
    [InlineData("/collections/redlining-1935/items?bbox-crs=EPSG:9999&bbox=1,2,3,4", "bbox-crs")]
    [InlineData("/collections/redlining-1935/items?precision=16", "precision")]
    [InlineData("/collections/redlining-1935/items?precision=-1", "precision")]
    [InlineData("/collections/redlining-1935/items?precision=2.5", "precision")]
    [InlineData("/collections/redlining-1935/items/D8?precision=x", "precision")]
    [InlineData("/collections/redlining-1935/items?properties=grade,nope", "properties")]
    [InlineData("/collections/redlining-1935/items/D8?properties=zipcode", "properties")]
    [InlineData("/collections/redlining-1935/items?crs=http://www.opengis.net/def/crs/EPSG/0/3857&crs=http://www.opengis.net/def/crs/EPSG/0/2264", "crs")]
    [InlineData("/collections/redlining-1935/items?bbox=35.1,-80.9,95,-80.8&bbox-crs=" + Epsg4326, "bbox")]
    [InlineData("/collections/redlining-1935/items?bbox=1500000,500000,1400000,600000&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/2264", "bbox")]
    [InlineData("/collections/redlining-1935/items?bbox=0,0,1e12,1&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857", "bbox")]
    public async Task BadCrsPrecisionOrProperties_Is400_NamingTheParameter(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Theory]
    [InlineData("crs", "EPSG:4326")]
    [InlineData("crs", "CRS84")]
    [InlineData("crs", "[EPSG:2264]")]
    [InlineData("crs", "[OGC:CRS84]")]
    [InlineData("crs", "https://www.opengis.net/def/crs/EPSG/0/2264")]
    [InlineData("crs", "http://www.opengis.net/def/crs/epsg/0/2264")]
    [InlineData("bbox-crs", "EPSG:2264")]
    [InlineData("bbox-crs", "CRS84")]
    public async Task CrsIdentifierNotInTheCollectionsList_Is400(string parameter, string value)
    {
        // Part 2: crs and bbox-crs take one of the URIs the collection lists in its crs, and nothing else.
        var url = $"/collections/zip-mobility/items?{parameter}={Uri.EscapeDataString(value)}" + (parameter == "bbox-crs" ? "&bbox=1,2,3,4" : "");

        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Theory]
    [InlineData(1432442.4, 533148.3, 1462970.4, 568980.3)]
    [InlineData(1440000, 535000, 1445000, 545000)]
    [InlineData(1380000, 460000, 1540000, 650000)]
    [InlineData(1457000, 560000, 1458000, 561000)]
    public async Task Items_BboxInEpsg2264_SelectsWhatIntersectsTheBoxInEpsg2264(double minX, double minY, double maxX, double maxY)
    {
        var all = await _client.GetGeoJson("/collections/zip-mobility/items?limit=1000");
        var toFeet = new CoordinateTransformationFactory().CreateFromCoordinateSystems(
            GeographicCoordinateSystem.WGS84, (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Projections.NorthCarolinaFeetWkt)).MathTransform;
        var box = new GeometryFactory().ToGeometry(new Envelope(minX, maxX, minY, maxY));

        var page = await _client.GetGeoJson($"/collections/zip-mobility/items?limit=1000&bbox={Join(minX, minY, maxX, maxY)}&bbox-crs={Epsg2264}");

        // Worked out here: each ZIP projected vertex by vertex to EPSG:2264 (ProjNet) and intersected with the box
        // there, as PostGIS's ST_Intersects(ST_Transform(geom, 2264), ST_MakeEnvelope(..., 2264)) does.
        var expected = all.GetProperty("features").EnumerateArray()
            .Where(f => box.Intersects(Projected(f.GetProperty("geometry"), toFeet)))
            .Select(f => f.GetProperty("id").GetString()!)
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Ids());
        if (RealDataApp.PostGisMode)
        {
            Assert.Equal(expected, await PostGisIntersects("zip-mobility", minX, minY, maxX, maxY));
        }
    }

    [Fact]
    public async Task Items_TheIssuesEpsg2264Box_Gives13Zips_Without28211()
    {
        // Issue 13: PostGIS selects 13 ZIPs for this box; 28211 lies 117.8 ft outside it, inside its lon/lat envelope.
        var page = await _client.GetGeoJson($"/collections/zip-mobility/items?bbox=1432442.4,533148.3,1462970.4,568980.3&bbox-crs={Epsg2264}");

        Assert.Equal(13, page.GetProperty("numberMatched").GetInt32());
        Assert.DoesNotContain("28211", page.Ids());
    }

    [Fact]
    public async Task UnsupportedCrs_ProblemNamesTheSupportedOnes()
    {
        var problem = await _client.GetProblem("/collections/zip-mobility/items?crs=EPSG:27700", HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("crs")[0].GetString()!;
        Assert.All(new[] { Crs84, Epsg4326, Epsg3857, Epsg2264 }, uri => Assert.Contains(uri, message));
    }

    [Fact]
    public async Task Collection_ListsTheSupportedCrs_AndStorageCrs()
    {
        var collection = await _client.GetJson("/collections/neighborhoods");

        Assert.Equal([Crs84, Epsg4326, Epsg3857, Epsg2264], collection.GetProperty("crs").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(Crs84, collection.GetProperty("storageCrs").GetString());
    }

    [Fact]
    public async Task Conformance_DeclaresPart2Crs()
    {
        var conformance = await _client.GetJson("/conformance");

        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs", conformance.GetProperty("conformsTo").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task ETag_DiffersByCrsPrecisionAndProperties()
    {
        var urls = new[] { "", "&crs=http://www.opengis.net/def/crs/EPSG/0/3857", "&precision=2", "&properties=grade", "&f=html" }
            .Select(q => "/collections/redlining-1935/items?limit=2" + q);
        var etags = new List<string>();
        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            etags.Add(response.Headers.ETag!.Tag);
        }

        Assert.Equal(etags.Count, etags.Distinct().Count());
    }

    // A GeoJSON geometry (CRS84) in EPSG:2264, vertex by vertex.
    private static Geometry Projected(JsonElement geometry, MathTransform transform)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var projected = JsonSerializer.Deserialize<Geometry>(geometry.GetRawText(), options)!;
        projected.Apply(new ProjectVertices(transform));
        projected.GeometryChanged();
        return projected;
    }

    // The ids PostGIS selects with the box in EPSG:2264, from the load the API suite serves (PostGIS mode only).
    private static async Task<List<string>> PostGisIntersects(string collection, double minX, double minY, double maxX, double maxY)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("OPPORTUNITYMAP_POSTGIS_READER"));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var load = new NpgsqlCommand("SELECT load_number FROM om.current_load", connection);
        var schema = "om_load_" + await load.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        await using var layer = new NpgsqlCommand($"SELECT ordinal FROM {schema}.layers WHERE id = $1", connection) { Parameters = { new() { Value = collection } } };
        var table = $"{schema}.layer_{await layer.ExecuteScalarAsync(TestContext.Current.CancellationToken)}";
        await using var select = new NpgsqlCommand(
            $"SELECT id FROM {table} WHERE ST_Intersects(ST_Transform(geom, 2264), ST_MakeEnvelope($1, $2, $3, $4, 2264)) ORDER BY id COLLATE \"C\"", connection)
        {
            Parameters = { new() { Value = minX }, new() { Value = minY }, new() { Value = maxX }, new() { Value = maxY } },
        };
        var ids = new List<string>();
        await using var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string Join(params double[] numbers) => string.Join(',', numbers.Select(n => n.ToString("R", CultureInfo.InvariantCulture)));

    // Every position of a feature or feature collection, in document order.
    private static List<(double X, double Y)> Coordinates(JsonElement document)
    {
        var result = new List<(double, double)>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() >= 2 && element[0].ValueKind == JsonValueKind.Number)
            {
                result.Add((element[0].GetDouble(), element[1].GetDouble()));
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in element.EnumerateArray())
                {
                    Walk(child);
                }
            }
        }

        var features = document.TryGetProperty("features", out var list) ? list.EnumerateArray().ToList() : [document];
        foreach (var feature in features)
        {
            Walk(feature.GetProperty("geometry").GetProperty("coordinates"));
        }

        return result;
    }

    private sealed class ProjectVertices(MathTransform transform) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }
}
