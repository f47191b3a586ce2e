namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 17, items 2-4: posted areas that used to be a 500 or minutes of work. Undecodable text, areas reaching
/// where EPSG:2264 cannot measure, and self-crossing stars are refused with 400 problem details (cheaply: the
/// crossings are counted, not repaired); a few crossings are still repaired.
/// </summary>
public sealed class HostileAreaTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData(new byte[] { 0x50, 0x6f, 0x6c, 0xff, 0xfe, 0x79, 0x67, 0x6f, 0x6e })] // "Pol\xff\xfeygon": invalid UTF-8
    [InlineData(new byte[] { 0xc0, 0xaf, 0x50, 0x6f, 0x6c, 0x79, 0x67, 0x6f, 0x6e })] // an overlong '/'
    [InlineData(new byte[] { 0x5c, 0x75, 0x64, 0x38, 0x30, 0x30 })] // "\ud800": a lone surrogate
    public async Task UndecodableTypeText_Is400NamingTheMember(byte[] type)
    {
        byte[] body = [.. "{\"type\":\""u8.ToArray(), .. type, .. "\",\"coordinates\":[]}"u8.ToArray()];

        var (status, problem) = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("type is not valid text", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UndecodableTextInsideAFeatureCollection_Is400()
    {
        var body = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"\\udfff\",\"geometry\":null}]}"u8.ToArray();

        var (status, _) = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Theory]
    [InlineData("[[-81,35],[-80,35],[-80,-90],[-81,35]]")] // reaches the south pole, where the conic projection is undefined
    [InlineData("[[-180,-90],[180,-90],[180,90],[-180,90],[-180,-90]]")] // the whole world
    [InlineData("[[10,50],[10.1,50],[10.1,50.1],[10,50.1],[10,50]]")] // Germany: defined, but far outside EPSG:2264's area of use
    public async Task AreaOutsideTheProjectionsAreaOfUse_Is400(string ring)
    {
        var (status, problem) = await Post($$"""{"type":"Polygon","coordinates":[{{ring}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("EPSG:2264", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(500)]
    [InlineData(1000)]
    public async Task SelfCrossingStar_Is400WithoutRepairingIt(int points)
    {
        // Each point joined to the one almost opposite: about points²/2 crossings, which the repair would node.
        var (status, problem) = await Post(Star(points, points / 2 - 1));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("cross", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StarWithFewerCrossingsThanTheLimit_IsRepaired()
    {
        // A {99/2} star crosses itself 99 times, under the default limit of 100.
        var (status, body) = await Post(Star(99, 2));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("input").GetProperty("repaired").GetBoolean());
    }

    [Fact]
    public async Task StarJustOverTheLimit_Is400()
    {
        var (status, _) = await Post(Star(101, 2));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task MoreVerticesThanTheLimit_Is400()
    {
        var (status, problem) = await Post(Star(2_001, 1));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("2000", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    // A star polygon {n/k} around uptown Charlotte: n points on a circle, each joined to the k-th next.
    private static string Star(int n, int k)
    {
        var points = Enumerable.Range(0, n + 1).Select(i =>
        {
            var angle = 2 * Math.PI * (i % n) * k / n;
            return string.Create(CultureInfo.InvariantCulture, $"[{-80.84 + 0.05 * Math.Cos(angle):F6},{35.22 + 0.05 * Math.Sin(angle):F6}]");
        });
        return $$"""{"type":"Polygon","coordinates":[[{{string.Join(',', points)}}]]}""";
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> Post(string body) => Post(Encoding.UTF8.GetBytes(body));

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        using var response = await _client.PostAsync("/api/summary", content, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
