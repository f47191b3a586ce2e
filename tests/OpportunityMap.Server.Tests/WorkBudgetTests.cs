using Microsoft.Extensions.Hosting;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 17, item 4: expensive requests (here vector tiles of a store whose reads hang) run within a work budget: a
/// time limit that stops the work with a 503, a limit on how many run at once with 503 + Retry-After past a short
/// wait, and shutdown stops them instead of waiting for them.
/// </summary>
public sealed class WorkBudgetTests
{
    private const string Tile = "/collections/slow/tiles/10/281/408";

    [Fact]
    public async Task ExpensiveRequestPastItsTimeBudget_Is503WithRetryAfter()
    {
        await using var factory = new OpportunityMapFactory(new SlowStore(TimeSpan.FromMinutes(5)),
            new Dictionary<string, string?> { ["Work:TimeoutSeconds"] = "1" });
        using var client = factory.CreateClient();

        var problem = await client.GetProblem(Tile, HttpStatusCode.ServiceUnavailable);

        Assert.Contains("1 seconds of work", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpensiveRequestWhileTheBudgetIsTaken_Is503WithRetryAfter()
    {
        var store = new SlowStore(TimeSpan.FromMinutes(5));
        await using var factory = new OpportunityMapFactory(store, new Dictionary<string, string?>
        {
            ["Work:MaxConcurrent"] = "1",
            ["Work:QueueSeconds"] = "0",
            ["Work:TimeoutSeconds"] = "60",
        });
        using var client = factory.CreateClient();

        var first = client.GetAsync(Tile, TestContext.Current.CancellationToken);
        await store.Entered.WaitAsync(TestContext.Current.CancellationToken);
        using var second = await client.GetAsync("/collections/slow/tiles/11/562/816", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.False(first.IsCompleted);
        using var cheap = await client.GetAsync("/collections/slow", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        await factory.DisposeAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => first);
    }

    [Fact]
    public async Task Shutdown_StopsExpensiveWorkInFlight_InsteadOfWaitingForIt()
    {
        var store = new SlowStore(TimeSpan.FromMinutes(5));
        await using var factory = new OpportunityMapFactory(store, new Dictionary<string, string?> { ["Work:TimeoutSeconds"] = "600" });
        factory.StartOnFreePort();
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);

        var inFlight = client.GetAsync(Tile, TestContext.Current.CancellationToken);
        await store.Entered.WaitAsync(TestContext.Current.CancellationToken);
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var response = await inFlight;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
