namespace OpportunityMap.Stores.Tests;

/// <summary>
/// What every store must do, run against each (in-memory, PostGIS): the same features, in the same order, with the
/// same values, for the same queries.
/// </summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<LayerData> Layers = [SyntheticLayers.Squares(), SyntheticLayers.Points()];
    private readonly InMemoryStore _reference = new(Layers, "reference");

    protected IFeatureStore Store { get; private set; } = null!;

    protected abstract Task<IFeatureStore> CreateStoreAsync(IReadOnlyList<LayerData> layers, string dataVersion);

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync(Layers, "v1");

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<FeaturePage> Query(string layer, Envelope? bbox = null, int limit = 1000, int offset = 0, params PropertyFilter[] filters) =>
        Store.QueryAsync(layer, new FeatureQuery(bbox, filters, limit, offset), Token).AsTask();

    [Fact]
    public async Task Layers_AreListedInCatalogueOrderWithTheirMetadata()
    {
        var layers = await Store.GetLayersAsync(Token);

        Assert.Equal(["squares", "points"], layers.Select(l => l.Id));
        Assert.Equal(SyntheticLayers.Properties, layers[0].Properties);
        Assert.Equal("MIT", layers[0].Sources[0].Licence);
        Assert.Equal(new Envelope(-81, -80.9, 35, 35.1), layers[0].Extent);
    }

    [Fact]
    public async Task DataVersion_IsTheLoadsVersion() => Assert.Equal("v1", await Store.GetDataVersionAsync(Token));

    [Fact]
    public async Task Query_All_ReturnsEveryFeatureInOrdinalIdOrder()
    {
        var page = await Query("points");

        Assert.Equal(250, page.NumberMatched);
        Assert.Equal(page.Features.Select(f => f.Id).Order(StringComparer.Ordinal), page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task Bbox_InsideOneSquare_ReturnsThatSquare()
    {
        var page = await Query("squares", new Envelope(-80.955, -80.954, 35.025, 35.026));

        Assert.Equal(["sq-24"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task Bbox_TouchingOnlyAnEdge_CountsAsIntersecting()
    {
        // A box east of sq-02 whose west side lies exactly on sq-02's east edge (taken from its own coordinates).
        var edge = (await Store.GetFeatureAsync("squares", "sq-02", Token))!.Geometry.EnvelopeInternal.MaxX;
        var page = await Query("squares", new Envelope(edge, edge + 0.0005, 35.001, 35.002));

        Assert.Equal(["sq-02", "sq-03"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task Bbox_WithZeroWidth_IsALineThatTouchesBothNeighbours()
    {
        var edge = (await Store.GetFeatureAsync("squares", "sq-03", Token))!.Geometry.EnvelopeInternal.MinX;
        var page = await Query("squares", new Envelope(edge, edge, 35.001, 35.002));

        Assert.Contains("sq-03", page.Features.Select(f => f.Id));
        Assert.Equal((await _reference.QueryAsync("squares", new FeatureQuery(new Envelope(edge, edge, 35.001, 35.002), [], 100, 0), Token)).Features.Select(f => f.Id),
            page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task Bbox_TouchingOnlyACorner_CountsAsIntersecting()
    {
        var x = -81 + (5 * SyntheticLayers.Step);
        var y = 35 + (5 * SyntheticLayers.Step);
        var page = await Query("squares", new Envelope(x - 0.001, x, y - 0.001, y));

        Assert.Contains("sq-55", page.Features.Select(f => f.Id));
        Assert.Equal(4, page.NumberMatched);
    }

    [Fact]
    public async Task Bbox_OutsideTheData_MatchesNothing()
    {
        var page = await Query("squares", new Envelope(10, 11, 10, 11));

        Assert.Equal(0, page.NumberMatched);
        Assert.Empty(page.Features);
    }

    [Theory]
    [InlineData("name", "a-sq-37", 1)]
    [InlineData("row", 4L, 10)]
    [InlineData("even", true, 50)]
    [InlineData("name", "nobody", 0)]
    public async Task Filter_OnEachType_MatchesExactly(string property, object value, int expected)
    {
        var page = await Query("squares", filters: new PropertyFilter(property, value));

        Assert.Equal(expected, page.NumberMatched);
    }

    [Fact]
    public async Task Filter_OnANumber_MatchesTheExactDouble()
    {
        var share = (3 * 0.1) + 0.0123456789012345;
        var page = await Query("squares", filters: new PropertyFilter("share", share));

        Assert.Equal(10, page.NumberMatched);
    }

    [Fact]
    public async Task Filters_AndBbox_AllApply()
    {
        // The box's east side is column 5's west edge, so sq-25 touches it and counts.
        var page = await Query("squares", new Envelope(-81, -80.95, 35, 35.1), filters: [new PropertyFilter("row", 2L), new PropertyFilter("even", false)]);

        Assert.Equal(["sq-21", "sq-23", "sq-25"], page.Features.Select(f => f.Id));
    }

    [Fact]
    public async Task Paging_WalksEveryFeatureOnce()
    {
        var seen = new List<string>();
        for (var offset = 0; offset < 250; offset += 33)
        {
            var page = await Query("points", limit: 33, offset: offset);
            Assert.Equal(250, page.NumberMatched);
            seen.AddRange(page.Features.Select(f => f.Id));
        }

        Assert.Equal((await Query("points")).Features.Select(f => f.Id), seen);
    }

    [Fact]
    public async Task Paging_PastTheEnd_ReturnsNoFeaturesButTheCount()
    {
        var page = await Query("points", limit: 10, offset: 1000);

        Assert.Equal(250, page.NumberMatched);
        Assert.Empty(page.Features);
    }

    [Fact]
    public async Task Feature_ById_HasEveryValueWithItsType()
    {
        var feature = await Store.GetFeatureAsync("squares", "sq-13", Token);

        Assert.NotNull(feature);
        Assert.Equal("a-sq-13", feature.Values[0]);
        Assert.Equal(1L, feature.Values[1]);
        Assert.Equal((3 * 0.1) + 0.0123456789012345, feature.Values[2]);
        Assert.Equal(true, feature.Values[3]);
        Assert.Equal("""{"b":3,"a":[1,"two"],"z":null}""", feature.Values[4]);
        Assert.Null(feature.Values[5]);
        Assert.Equal(4326, feature.Geometry.SRID);
    }

    [Fact]
    public async Task Feature_UnknownId_IsNull() => Assert.Null(await Store.GetFeatureAsync("squares", "sq-xx", Token));

    [Fact]
    public async Task EveryQuery_GivesTheSameFeaturesAsTheReferenceStore()
    {
        var random = new Random(20261123);
        for (var i = 0; i < 40; i++)
        {
            var x = -81.01 + (random.NextDouble() * 0.12);
            var y = 34.99 + (random.NextDouble() * 0.12);
            var query = new FeatureQuery(
                i % 5 == 0 ? null : new Envelope(x, x + (random.NextDouble() * 0.05), y, y + (random.NextDouble() * 0.05)),
                i % 3 == 0 ? [new PropertyFilter("even", i % 2 == 0)] : [],
                1 + random.Next(60), random.Next(20));

            foreach (var layer in new[] { "squares", "points" })
            {
                var filters = layer == "points" ? [] : query.Filters;
                var expected = await _reference.QueryAsync(layer, query with { Filters = filters }, Token);
                var actual = await Store.QueryAsync(layer, query with { Filters = filters }, Token);

                StoreAssert.SamePage(expected, actual);
            }
        }
    }
}
