namespace OpportunityMap.Server.Tests;

/// <summary>The resident API's parameter checks: each bad value is a 400 problem keyed by the parameter.</summary>
public sealed class ResidentValidationTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Theory]
    [InlineData("/api/card?lat=35.2", "lon")]
    [InlineData("/api/card?lon=-80.8", "lat")]
    [InlineData("/api/card?lon=abc&lat=35.2", "lon")]
    [InlineData("/api/card?lon=-80.8&lat=91", "lat")]
    [InlineData("/api/card?lon=-181&lat=35.2", "lon")]
    [InlineData("/api/card?lon=NaN&lat=35.2", "lon")]
    [InlineData("/api/card?lon=-80.8&lat=Infinity", "lat")]
    [InlineData("/api/card?lon=-80.8&lon=-80.7&lat=35.2", "lon")]
    [InlineData("/api/card?lon=-80.8&lat=35.2&lang=fr", "lang")]
    [InlineData("/api/card?lon=-80.8&lat=35.2&lang=EN", "lang")]
    [InlineData("/api/card?lon=-80.8&lat=35.2&units=furlongs", "units")]
    [InlineData("/api/card/zip-mobility/28208?lang=fr", "lang")]
    [InlineData("/api/search", "q")]
    [InlineData("/api/search?q=", "q")]
    [InlineData("/api/search?q=%20%20", "q")]
    [InlineData("/api/search?q=a&limit=0", "limit")]
    [InlineData("/api/search?q=a&limit=51", "limit")]
    [InlineData("/api/search?q=a&limit=ten", "limit")]
    [InlineData("/api/search?q=a&lang=de", "lang")]
    [InlineData("/api/search?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "q")]
    [InlineData("/api/geocode", "q")]
    [InlineData("/api/geocode?q=x&limit=0", "limit")]
    public async Task ResidentApi_BadParameter_Returns400KeyedByTheParameter(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
