namespace OpportunityMap.Server.Tests;

public sealed class ErrorTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("bbox=1,2,3", "bbox")]
    [InlineData("bbox=a,b,c,d", "bbox")]
    [InlineData("bbox=-80.8,35.3,-80.9,35.2", "bbox")]
    [InlineData("bbox=-80.9,35.3,-80.8,35.2", "bbox")]
    [InlineData("bbox=-200,35,-80,36", "bbox")]
    [InlineData("bbox=-81,35,-80,NaN", "bbox")]
    [InlineData("bbox=", "bbox")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=-5", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=x", "offset")]
    [InlineData("colour=red", "colour")]
    [InlineData("fill=%23d9838d", "fill")]
    [InlineData("f=xml", "f")]
    [InlineData("limit=5&limit=6", "limit")]
    [InlineData("map_year=nineteen", "map_year")]
    public async Task Items_BadParameter_Returns400ProblemNamingIt(string query, string parameter)
    {
        var problem = await _client.GetProblem($"/collections/redlining-1935/items?{query}", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [Theory]
    [InlineData("/collections/nowhere")]
    [InlineData("/collections/nowhere/items")]
    [InlineData("/collections/nowhere/items/1")]
    [InlineData("/collections/redlining-1935/items/Z99")]
    [InlineData("/collections/zip-mobility/items/99999")]
    [InlineData("/no/such/path")]
    public async Task UnknownResource_Returns404Problem(string url) =>
        await _client.GetProblem(url, HttpStatusCode.NotFound);

    [Fact]
    public async Task Item_UnknownParameter_Returns400()
    {
        var problem = await _client.GetProblem("/collections/redlining-1935/items/D8?bbox=1,2,3,4", HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("bbox", out _));
    }

    [Fact]
    public async Task Items_WrongMethod_Returns405Problem()
    {
        using var response = await _client.PostAsync("/collections/redlining-1935/items", new StringContent("{}"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Items_AllErrorsAtOnce_AreAllReported()
    {
        var problem = await _client.GetProblem("/collections/redlining-1935/items?bbox=x&limit=0&offset=-1&nope=1", HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");

        Assert.Equal(["bbox", "limit", "nope", "offset"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}
