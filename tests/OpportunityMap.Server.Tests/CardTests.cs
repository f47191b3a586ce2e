using static OpportunityMap.Server.Tests.ResidentData;

namespace OpportunityMap.Server.Tests;

/// <summary>/api/card on the real data: what a resident reads after clicking a spot.</summary>
public sealed class CardTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Card_PointInsideD8_ReturnsGradeDAndTheVerbatimDescription()
    {
        var d8 = await Feature(_client, "redlining-1935", "D8");
        var properties = d8.GetProperty("properties");

        var card = await _client.GetJson(CardUrl(Geometry(d8).InteriorPoint));

        var holc = card.GetProperty("holc");
        Assert.Equal("D8", holc.GetProperty("id").GetString());
        Assert.Equal("D", holc.GetProperty("grade").GetString());
        Assert.Equal("Hazardous", holc.GetProperty("categoryLabel").GetString());
        Assert.Equal(properties.GetProperty("fill").GetString(), holc.GetProperty("fill").GetString());
        var description = holc.GetProperty("description");
        Assert.Equal("Major portion of properties in this area all cheap grade of negro houses built for rental purposes.",
            description.GetProperty("clarifyingRemarks").GetString());
        Assert.Equal(properties.GetProperty("trend_of_desirability").GetString(), description.GetProperty("trendOfDesirability").GetString());
        Assert.Contains("racist", holc.GetProperty("contentNote").GetString());
        Assert.True(card.GetProperty("inCounty").GetBoolean());
        Assert.Contains(card.GetProperty("sources").EnumerateArray(), s =>
            s.GetProperty("layer").GetString() == "redlining-1935" && s.GetProperty("licence").GetString() == "CC BY-NC-SA 4.0");
    }

    [Fact]
    public async Task Card_Spanish_LocalisesLabelsCategoriesAndUsesMetres()
    {
        var point = await InteriorPoint(_client, "redlining-1935", "D8");

        var card = await _client.GetJson(CardUrl(point, "&lang=es"));

        Assert.Equal("es", card.GetProperty("lang").GetString());
        Assert.Equal("metric", card.GetProperty("units").GetString());
        Assert.Equal("En 1935", card.GetProperty("labels").GetProperty("holcTitle").GetString());
        Assert.Equal("Peligroso", card.GetProperty("holc").GetProperty("categoryLabel").GetString());
        Assert.Equal("Hazardous", card.GetProperty("holc").GetProperty("category").GetString());
        Assert.Contains("racista", card.GetProperty("holc").GetProperty("contentNote").GetString());
        var library = card.GetProperty("nearest").EnumerateArray().Single(r => r.GetProperty("category").GetString() == "library");
        Assert.Equal("Biblioteca", library.GetProperty("categoryLabel").GetString());
        Assert.Matches(@"^\d+( m|\.\d km| km)$", library.GetProperty("distanceDisplay").GetString());
        Assert.Matches(@"^\d+(-\d+)? de 31", card.GetProperty("zip").GetProperty("rankDisplay").GetString());
    }

    [Fact]
    public async Task Card_English_ShowsMilesUnlessMetricIsAsked()
    {
        var point = await InteriorPoint(_client, "zip-mobility", "28208");

        var miles = await _client.GetJson(CardUrl(point));
        var metres = await _client.GetJson(CardUrl(point, "&units=metric"));

        Assert.Equal("imperial", miles.GetProperty("units").GetString());
        Assert.All(miles.GetProperty("nearest").EnumerateArray(), r => Assert.Matches(@"^\d+( ft|\.\d mi| mi)$", r.GetProperty("distanceDisplay").GetString()));
        Assert.All(metres.GetProperty("nearest").EnumerateArray(), r => Assert.Matches(@"^\d+( m|\.\d km| km)$", r.GetProperty("distanceDisplay").GetString()));
    }

    [Theory]
    [InlineData("28208")]
    [InlineData("28207")]
    [InlineData("28036")]
    public async Task Card_ZipNumbers_EqualTheZipLayersProperties(string zipcode)
    {
        var zip = await Feature(_client, "zip-mobility", zipcode);
        var expected = zip.GetProperty("properties");

        var card = (await _client.GetJson(CardUrl(Geometry(zip).InteriorPoint))).GetProperty("zip");

        Assert.Equal(zipcode, card.GetProperty("zipcode").GetString());
        Assert.Equal(expected.GetProperty("household_income_p25").GetDouble(), card.GetProperty("householdIncomeP25").GetDouble());
        Assert.Equal(expected.GetProperty("top20_share_p25").GetDouble(), card.GetProperty("top20ShareP25").GetDouble());
        var (rank, lowest, count) = (expected.GetProperty("rank").GetInt64(), expected.GetProperty("rank_lowest").GetInt64(), expected.GetProperty("zip_count").GetInt64());
        Assert.Equal(rank, card.GetProperty("rank").GetInt64());
        Assert.Equal(count, card.GetProperty("zipCount").GetInt64());
        Assert.Equal(rank == lowest ? $"{rank} of {count}" : $"{rank}-{lowest} of {count} (too close to tell apart)", card.GetProperty("rankDisplay").GetString());
        Assert.Equal(expected.GetProperty("children").GetDouble(), card.GetProperty("children").GetDouble());
        Assert.Equal(expected.GetProperty("tracts_blended").GetInt64(), card.GetProperty("tractsBlended").GetInt64());
        Assert.Equal(expected.GetProperty("county_household_income_p25").GetDouble(),
            card.GetProperty("county").GetProperty("householdIncomeP25").GetDouble());
        Assert.Equal($"${Math.Round(expected.GetProperty("household_income_p25").GetDouble(), MidpointRounding.AwayFromZero):N0}",
            card.GetProperty("householdIncomeDisplay").GetString());
    }

    [Fact]
    public async Task Card_TractAndNeighborhood_AreTheOnesContainingThePoint()
    {
        var point = await InteriorPoint(_client, "zip-mobility", "28208");

        var card = await _client.GetJson(CardUrl(point));

        var tract = card.GetProperty("tract");
        var tractFeature = await Feature(_client, "tract-mobility", tract.GetProperty("geoid").GetString()!);
        Assert.True(Geometry(tractFeature).Covers(point));
        Assert.Equal(tractFeature.GetProperty("properties").GetProperty("name").GetString(), tract.GetProperty("name").GetString());
        var neighborhood = card.GetProperty("neighborhood");
        var npa = await Feature(_client, "neighborhoods", neighborhood.GetProperty("id").GetString()!);
        Assert.True(Geometry(npa).Covers(point));
        Assert.Equal(12, neighborhood.GetProperty("metrics").GetArrayLength());
        var income = neighborhood.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "household_income");
        var expected = npa.GetProperty("properties").GetProperty("household_income");
        Assert.Equal(expected.ValueKind, income.GetProperty("value").ValueKind);
        if (expected.ValueKind == JsonValueKind.Number)
        {
            Assert.Equal(expected.GetDouble(), income.GetProperty("value").GetDouble());
        }
    }

    [Theory]
    [InlineData("redlining-1935", "D8")]
    [InlineData("zip-mobility", "28036")]
    [InlineData("zip-mobility", "28278")]
    [InlineData("neighborhoods", "9")]
    public async Task Card_NearestOfEachCategory_IsTheNearestByBruteForce(string collection, string id)
    {
        var point = await InteriorPoint(_client, collection, id);
        var here = Projections.NorthCarolinaFeet.Project(point);
        var resources = (await _client.GetGeoJson("/collections/resources/items?limit=10000")).GetProperty("features").EnumerateArray()
            .Select(f => (Id: f.GetProperty("id").GetString()!, Category: f.GetProperty("properties").GetProperty("category").GetString()!,
                Metres: Projections.NorthCarolinaFeet.Project(Geometry(f)).Distance(here) * Projections.NorthCarolinaFeet.MetresPerUnit))
            .ToList();

        var nearest = (await _client.GetJson(CardUrl(point))).GetProperty("nearest").EnumerateArray().ToList();

        Assert.Equal(["school", "library", "park", "hospital", "college", "fire_station", "police_station"],
            nearest.Select(n => n.GetProperty("category").GetString()));
        foreach (var item in nearest)
        {
            var expected = resources.Where(r => r.Category == item.GetProperty("category").GetString()).MinBy(r => r.Metres);
            Assert.Equal(expected.Id, item.GetProperty("id").GetString());
            Assert.Equal(expected.Metres, item.GetProperty("distanceMetres").GetDouble(), 0.1);
        }
    }

    [Fact]
    public async Task Card_PointOutsideTheCounty_IsOkWithNullsAndInCountyFalse()
    {
        // Raleigh.
        var card = await _client.GetJson("/api/card?lon=-78.6382&lat=35.7796");

        Assert.False(card.GetProperty("inCounty").GetBoolean());
        foreach (var section in new[] { "holc", "zip", "tract", "neighborhood" })
        {
            Assert.Equal(JsonValueKind.Null, card.GetProperty(section).ValueKind);
        }

        Assert.Equal(0, card.GetProperty("nearest").GetArrayLength());
        Assert.Equal(0, card.GetProperty("sources").GetArrayLength());
        Assert.Equal("This point is outside Mecklenburg County.", card.GetProperty("labels").GetProperty("outsideCounty").GetString());
    }

    [Fact]
    public async Task Card_PointInTheCountyButNotIn1935Map_HasNoHolcArea()
    {
        // Davidson's ZIP, 15 miles north of the 1935 city.
        var point = await InteriorPoint(_client, "zip-mobility", "28036");

        var card = await _client.GetJson(CardUrl(point));

        Assert.True(card.GetProperty("inCounty").GetBoolean());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("holc").ValueKind);
        Assert.Equal(JsonValueKind.Object, card.GetProperty("zip").ValueKind);
        Assert.DoesNotContain(card.GetProperty("sources").EnumerateArray(), s => s.GetProperty("layer").GetString() == "redlining-1935");
    }

    [Fact]
    public async Task Card_SecondRequestWithItsETag_Is304()
    {
        var url = CardUrl(await InteriorPoint(_client, "redlining-1935", "C5"));
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }
}
