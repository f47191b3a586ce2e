using System.Diagnostics;
using System.Net;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The API on PostGIS while the database goes away and comes back: it starts anyway, answers 503 problem details with
/// Retry-After (never a hang or a 500), reports not-ready, and recovers by itself.
/// </summary>
public sealed class PostGisOutageTests
{
    [Fact]
    public async Task DatabaseOutage_Gives503WithRetryAfter_ThenRecoversWithoutRestart()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        await RealDataImport.IntoPostGisAsync(cluster.OwnerConnectionString, TestContext.Current.CancellationToken);
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Store:Kind"] = "PostGis",
            ["Store:ConnectionString"] = cluster.ReaderConnectionString,
            ["Store:CommandTimeoutSeconds"] = "2",
        });
        using var client = factory.CreateClient();
        const string url = "/collections/redlining-1935/items?grade=D";

        using (var before = await client.GetAsync(url, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await cluster.StopServerAsync();
        var watch = Stopwatch.StartNew();
        using (var during = await client.GetAsync(url, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
            Assert.True(during.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        }

        // Not a speed assertion: a generous bound that tells a hang from an answer.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the outage answer took {watch.Elapsed}");
        using (var ready = await client.GetAsync("/ready", TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        await cluster.StartServerAsync();
        var recovered = false;
        for (var attempt = 0; attempt < 60 && !recovered; attempt++)
        {
            using var after = await client.GetAsync(url, TestContext.Current.CancellationToken);
            recovered = after.StatusCode == HttpStatusCode.OK;
            if (!recovered)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        Assert.True(recovered, "the API did not recover after the database came back");
        var items = await client.GetGeoJson(url);
        Assert.Equal(11, items.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task ApiStarts_WhenTheDatabaseIsDown_AndSaysNotReady()
    {
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Store:Kind"] = "PostGis",
            ["Store:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=nothing;Username=nobody",
        });
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync("/ready", TestContext.Current.CancellationToken);
        using var health = await client.GetAsync("/health", TestContext.Current.CancellationToken);
        var problem = await client.GetProblem("/collections", HttpStatusCode.ServiceUnavailable);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("unavailable", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
