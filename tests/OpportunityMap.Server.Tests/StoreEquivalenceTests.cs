namespace OpportunityMap.Server.Tests;

/// <summary>The in-memory store and PostGIS give byte-identical responses for the same requests on the real data.</summary>
public sealed class StoreEquivalenceTests
{
    [Fact]
    public async Task BothStores_AnswerWithTheSameBytes()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        await RealDataImport.IntoPostGisAsync(cluster.OwnerConnectionString, TestContext.Current.CancellationToken);
        await using var memory = new OpportunityMapFactory(settings: new Dictionary<string, string?> { ["Store:Kind"] = "InMemory" });
        await using var postgis = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Store:Kind"] = "PostGis",
            ["Store:ConnectionString"] = cluster.ReaderConnectionString,
        });
        using var a = memory.CreateClient();
        using var b = postgis.CreateClient();

        string[] urls =
        [
            "/collections", "/collections/zip-mobility", "/api",
            "/collections/redlining-1935/items?limit=1000", "/collections/zip-mobility/items", "/collections/tract-mobility/items?limit=1000",
            "/collections/resources/items?limit=1000", "/collections/resources/items?bbox=-80.87,35.20,-80.82,35.25&category=park",
            "/collections/redlining-1935/items/D8", "/collections/tract-mobility/items?suppressed=true", "/collections/resources/items?limit=7&offset=30",
            "/collections/redlining-1935/items?bbox=-80.9,35.1,-80.8,35.3&grade=C&limit=3", "/collections/zip-mobility/items/99999",
        ];
        foreach (var url in urls)
        {
            using var fromMemory = await a.GetAsync(url, TestContext.Current.CancellationToken);
            using var fromPostGis = await b.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.Equal(fromMemory.StatusCode, fromPostGis.StatusCode);
            if (fromMemory.StatusCode != System.Net.HttpStatusCode.OK)
            {
                continue; // problem details carry a per-request traceId
            }

            Assert.Equal(fromMemory.Headers.ETag, fromPostGis.Headers.ETag);
            var expected = await fromMemory.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var actual = await fromPostGis.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{url}: {expected.Length} bytes in memory, {actual.Length} from PostGIS");
        }
    }
}
