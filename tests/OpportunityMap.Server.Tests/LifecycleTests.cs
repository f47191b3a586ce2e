using Microsoft.Extensions.Hosting;

namespace OpportunityMap.Server.Tests;

/// <summary>Requests that run too long are cut off with a 503; shutdown lets requests in flight finish.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task SlowRequest_PastTheTimeout_Gets503NotAHang()
    {
        await using var factory = new OpportunityMapFactory(new SlowStore(TimeSpan.FromMinutes(5)),
            new Dictionary<string, string?> { ["Api:RequestTimeoutSeconds"] = "1" });
        factory.StartOnFreePort();
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(60);

        using var response = await client.GetAsync("/collections/slow/items", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Shutdown_LetsARequestInFlightFinish()
    {
        await using var factory = new OpportunityMapFactory(new SlowStore(TimeSpan.FromSeconds(2)));
        factory.StartOnFreePort();
        using var client = factory.CreateClient();

        var inFlight = client.GetAsync("/collections/slow/items", TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var response = await inFlight;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"numberReturned\":1", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
