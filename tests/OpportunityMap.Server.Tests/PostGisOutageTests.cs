using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The API on PostGIS while the database goes away, or freezes, and comes back: it starts anyway, answers 503
/// problem details with Retry-After (never a hang or a 500), reports not-ready within its own budget, logs the
/// outage once rather than a stack per request, and recovers by itself.
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
        await WaitUntilOk(client, url);
        var items = await client.GetGeoJson(url);
        Assert.Equal(11, items.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task FrozenDatabase_Gives503_ReadyAnswersNotReady_AndTheOutageIsLoggedOnce()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        await RealDataImport.IntoPostGisAsync(cluster.OwnerConnectionString, TestContext.Current.CancellationToken);
        var logs = new CapturedLogs();
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Store:Kind"] = "PostGis",
            ["Store:ConnectionString"] = cluster.ReaderConnectionString,
            ["Store:CommandTimeoutSeconds"] = "2",
            ["Store:ConnectTimeoutSeconds"] = "2",
            ["Store:ReadyTimeoutSeconds"] = "1",
        });
        await using var logged = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = logged.CreateClient();
        const string url = "/collections/redlining-1935/items?grade=D";
        using (var before = await client.GetAsync(url, TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await cluster.FreezeServerAsync();
        try
        {
            // Requests in parallel, as a public site gets them: pooled connections that hang, and new ones.
            var during = await Task.WhenAll(Enumerable.Range(1, 6).Select(async i =>
            {
                using var response = await client.GetAsync($"{url}&limit={i}", TestContext.Current.CancellationToken);
                return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.Delta);
            })).WaitAsync(Hang, TestContext.Current.CancellationToken);
            using var ready = await client.GetAsync("/ready", TestContext.Current.CancellationToken).WaitAsync(Hang, TestContext.Current.CancellationToken);

            Assert.All(during, r => Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/problem+json"), (r.StatusCode, r.MediaType)));
            Assert.All(during, r => Assert.True(r.Delta > TimeSpan.Zero));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        finally
        {
            await cluster.ThawServerAsync();
        }

        await WaitUntilOk(client, url);
        var outage = logs.Entries.Where(e => e.Category.EndsWith("StoreOutageLog", StringComparison.Ordinal) && e.Level >= LogLevel.Warning).ToList();
        Assert.Equal(2, outage.Count);
        Assert.StartsWith("Store unavailable", outage[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Store available again", outage[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning && e.Exception is not null);
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

    // Not a speed assertion: a generous bound that tells a hang from an answer.
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private static async Task WaitUntilOk(HttpClient client, string url)
    {
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
    }
}
