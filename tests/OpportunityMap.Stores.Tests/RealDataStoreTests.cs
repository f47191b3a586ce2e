namespace OpportunityMap.Stores.Tests;

/// <summary>Both stores on the real Charlotte data: the same layers, features, values and answers.</summary>
public sealed class RealDataStoreTests(RealDataStores stores) : IClassFixture<RealDataStores>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryLayer_HasTheSameMetadataFeaturesAndVersionInBothStores()
    {
        var (memory, postgis) = await stores.GetAsync(Token);
        var expected = await memory.GetLayersAsync(Token);
        var actual = await postgis.GetLayersAsync(Token);

        Assert.Equal(await memory.GetDataVersionAsync(Token), await postgis.GetDataVersionAsync(Token));
        Assert.Equal(["redlining-1935", "zip-mobility", "tract-mobility", "resources", "neighborhoods", "municipalities", "zip-social-capital", "redlining-national"], actual.Select(l => l.Id));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Sources = [], Properties = [] }, actual[i] with { Sources = [], Properties = [] });
            Assert.Equal(expected[i].Sources, actual[i].Sources);
            Assert.Equal(expected[i].Properties, actual[i].Properties);
            var all = await postgis.QueryAsync(actual[i].Id, FeatureQuery.All(), Token);
            StoreAssert.SamePage(await memory.QueryAsync(expected[i].Id, FeatureQuery.All(), Token), all);
            Assert.All(all.Features, f => StoreAssert.TypedValues(actual[i], f));
        }
    }

    [Fact]
    public async Task Charlotte_Has34HolcAreas_34Zips_233Tracts_462Neighborhoods()
    {
        var (_, postgis) = await stores.GetAsync(Token);

        Assert.Equal(34, (await postgis.QueryAsync("redlining-1935", FeatureQuery.All(1), Token)).NumberMatched);
        Assert.Equal(11, (await postgis.QueryAsync("redlining-1935", new FeatureQuery(null, [new("grade", "D")], 100, 0), Token)).NumberMatched);
        Assert.Equal(34, (await postgis.QueryAsync("zip-mobility", FeatureQuery.All(1), Token)).NumberMatched);
        Assert.Equal(233, (await postgis.QueryAsync("tract-mobility", FeatureQuery.All(1), Token)).NumberMatched);
        Assert.Equal(462, (await postgis.QueryAsync("neighborhoods", FeatureQuery.All(1), Token)).NumberMatched);
    }

    public static TheoryData<string, double[]?, string?, object?, int, int, bool> Queries => new()
    {
        { "redlining-1935", [-80.9, 35.1, -80.8, 35.3], "grade", "C", 3, 0, true },
        { "redlining-1935", [-80.87, 35.20, -80.82, 35.25], null, null, 100, 0, true },
        { "redlining-1935", null, "holc_id", "D8", 10, 0, true },
        { "zip-mobility", [-80.86, 35.21, -80.83, 35.24], null, null, 100, 0, true },
        { "zip-mobility", null, "post_office_city", "CHARLOTTE", 10, 5, true },
        { "tract-mobility", null, "suppressed", true, 100, 0, true },
        { "tract-mobility", [-81.0, 35.0, -80.7, 35.4], null, null, 50, 100, true },
        { "resources", [-80.87, 35.20, -80.82, 35.25], "category", "park", 100, 0, true },
        { "resources", null, "category", "library", 7, 3, true },
        { "resources", [-80.5, 34.0, -80.4, 34.1], null, null, 100, 0, false },
        { "neighborhoods", [-80.86, 35.21, -80.83, 35.24], null, null, 100, 0, true },
        { "neighborhoods", null, null, null, 100, 400, true },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task SameQuery_SameAnswerFromBothStores(string layer, double[]? bbox, string? property, object? value, int limit, int offset, bool matches)
    {
        var (memory, postgis) = await stores.GetAsync(Token);
        var query = new FeatureQuery(
            bbox is null ? null : new Envelope(bbox[0], bbox[2], bbox[1], bbox[3]),
            property is null ? [] : [new PropertyFilter(property, value!)],
            limit, offset);

        var actual = await postgis.QueryAsync(layer, query, Token);

        StoreAssert.SamePage(await memory.QueryAsync(layer, query, Token), actual);
        Assert.Equal(matches, actual.Features.Count > 0);
    }

    [Fact]
    public async Task FeatureById_IsTheSameInBothStores_AndUnknownIdsAreNull()
    {
        var (memory, postgis) = await stores.GetAsync(Token);

        foreach (var (layer, id) in new[] { ("redlining-1935", "D8"), ("zip-mobility", "28202"), ("resources", "library-007") })
        {
            var expected = await memory.GetFeatureAsync(layer, id, Token);
            Assert.NotNull(expected);
            StoreAssert.SameFeature(expected, (await postgis.GetFeatureAsync(layer, id, Token))!);
        }

        Assert.Null(await postgis.GetFeatureAsync("zip-mobility", "99999", Token));
        Assert.Null(await postgis.GetFeatureAsync("redlining-1935", "d8", Token)); // ids are case-sensitive
    }
}
