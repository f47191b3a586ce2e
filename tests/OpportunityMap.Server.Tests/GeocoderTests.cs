using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace OpportunityMap.Server.Tests;

/// <summary>/api/geocode against a fake geocoder: a real Kestrel server on loopback answering as Nominatim does.</summary>
public sealed class GeocoderTests(GeocoderTests.FakeGeocoder geocoder, RealDataApp app) : IClassFixture<GeocoderTests.FakeGeocoder>
{
    [Fact]
    public async Task Geocode_ReadsTheGeocodersPlaces_AsAddressResults()
    {
        var results = (await geocoder.Client.GetJson("/api/geocode?q=600%20E%204th%20St")).GetProperty("results").EnumerateArray().ToList();

        var place = Assert.Single(results);
        Assert.Equal("address", place.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, place.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, place.GetProperty("collection").ValueKind);
        Assert.Equal("600 East 4th Street", place.GetProperty("label").GetString());
        Assert.Equal("600 East 4th Street, Charlotte, Mecklenburg County, North Carolina, 28202, United States", place.GetProperty("detail").GetString());
        Assert.Equal(-80.8375, place.GetProperty("lon").GetDouble());
        Assert.Equal(35.2205, place.GetProperty("lat").GetDouble());
        Assert.Equal([-80.838, 35.22, -80.837, 35.221], place.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("600 E 4th St", geocoder.LastQuery);
    }

    [Fact]
    public async Task Geocode_GeocoderTooSlow_Returns502()
    {
        var problem = await geocoder.Client.GetProblem("/api/geocode?q=slow", HttpStatusCode.BadGateway);

        Assert.Contains("did not answer within 1 seconds", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("broken", "not JSON")]
    [InlineData("error", "HTTP 500")]
    [InlineData("object", "not a JSON array")]
    [InlineData("nocoordinates", "no valid lat and lon")]
    public async Task Geocode_BadGeocoderAnswer_Returns502(string query, string expected)
    {
        var problem = await geocoder.Client.GetProblem($"/api/geocode?q={query}", HttpStatusCode.BadGateway);

        Assert.Contains(expected, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Geocode_EmptyQuery_Returns400()
    {
        await geocoder.Client.GetProblem("/api/geocode?q=", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task MapConfig_SaysWhetherAGeocoderIsConfigured()
    {
        Assert.True((await geocoder.Client.GetJson("/map-config")).GetProperty("geocoder").GetBoolean());
        Assert.False((await app.Client().GetJson("/map-config")).GetProperty("geocoder").GetBoolean());
    }

    [Fact]
    public async Task Geocode_NoGeocoderConfigured_Returns404()
    {
        var problem = await app.Client().GetProblem("/api/geocode?q=600%20E%204th%20St", HttpStatusCode.NotFound);

        Assert.Equal("No geocoder is configured (Geocoder:Url).", problem.GetProperty("detail").GetString());
    }

    /// <summary>A Nominatim stand-in on a loopback port (the query picks the behaviour), and the service using it.</summary>
    public sealed class FakeGeocoder : IAsyncLifetime
    {
        private WebApplication? _fake;
        private OpportunityMapFactory? _factory;

        public HttpClient Client { get; private set; } = null!;

        public string? LastQuery { get; private set; }

        public async ValueTask InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            _fake = builder.Build();
            _fake.MapGet("/search", Answer);
            await _fake.StartAsync();
            var address = _fake.Urls.First();
            _factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
            {
                ["Geocoder:Url"] = $"{address}/search?format=jsonv2&q={{q}}",
                ["Geocoder:TimeoutSeconds"] = "1",
            });
            Client = _factory.CreateClient();
        }

        public async ValueTask DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }

            if (_fake is not null)
            {
                await _fake.DisposeAsync();
            }
        }

        private async Task<IResult> Answer(string q, CancellationToken cancellationToken)
        {
            LastQuery = q;
            switch (q)
            {
                case "slow":
                    await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
                    return Results.Text("[]", "application/json");
                case "broken":
                    return Results.Text("<html>oops</html>", "text/html");
                case "error":
                    return Results.StatusCode(500);
                case "object":
                    return Results.Text("{\"error\":\"x\"}", "application/json");
                case "nocoordinates":
                    return Results.Text("[{\"display_name\":\"Somewhere\"}]", "application/json");
                default:
                    return Results.Text("""
                        [{"place_id":1,"lat":"35.2205","lon":"-80.8375","display_name":"600 East 4th Street, Charlotte, Mecklenburg County, North Carolina, 28202, United States",
                          "boundingbox":["35.22","35.221","-80.838","-80.837"]}]
                        """, "application/json");
            }
        }
    }
}
