namespace OpportunityMap.Server.Tests;

/// <summary>A new data generation builds its artefacts in the background, before any request asks for them, and before /ready says ready.</summary>
public sealed class GenerationWarmupTests
{
    [Fact]
    public async Task NewGeneration_BuildsItsArtefacts_WithoutAnyRequest()
    {
        await using var factory = new OpportunityMapFactory(settings: new Dictionary<string, string?>
        {
            ["Generations:Warm"] = "true",
            ["Store:Kind"] = "InMemory",
        });
        var source = factory.Services.GetRequiredService<GenerationSource>();
        var generation = await source.CurrentAsync(TestContext.Current.CancellationToken);
        string[] expected =
        [
            "ResidentIndex", "AreaAnalyzer",
            .. generation.Layers.Where(l => l.GeometryType.Contains("Polygon", StringComparison.Ordinal))
                .SelectMany(l => Enumerable.Range(0, Core.Simplification.ZoomBand.All.Count).Select(band => $"simplified:{l.Id}:{band}")),
        ];

        // Polls /ready: the warm-up runs on its own, at the machine's pace (no time is asserted). Issue 17: the
        // service says ready only once its data is warm, so a load balancer sends no request to a cold instance.
        using var client = factory.CreateClient();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromMinutes(5));
        while (!patience.IsCancellationRequested)
        {
            using var ready = await client.GetAsync("/ready", TestContext.Current.CancellationToken);
            if (ready.IsSuccessStatusCode)
            {
                break;
            }

            Assert.Contains("warming", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            await Task.Delay(200, CancellationToken.None);
        }

        Assert.True(generation.IsWarm);
        Assert.Empty(expected.Except(generation.ArtefactKeys));
    }
}
