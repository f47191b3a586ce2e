using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Querying;
using OpportunityMap.Stores.InMemory;

namespace OpportunityMap.Benchmarks;

/// <summary>The in-memory store's query path: a viewport bbox on points, and a whole polygon layer.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    // The harness's viewport (uptown Charlotte, 0.05° square).
    private static readonly Envelope Viewport = new(-80.87, -80.82, 35.20, 35.25);
    private InMemoryStore _store = null!;
    private bool _hasHarness;

    [GlobalSetup]
    public void Setup()
    {
        var layers = BenchData.RealLayers().ToList();
        if (BenchData.HarnessPoints() is { } points)
        {
            layers.Add(points);
            _hasHarness = true;
        }

        _store = new InMemoryStore(layers, "bench");
    }

    [Benchmark(Description = "resources: viewport bbox (real, 368 points)")]
    public long ResourcesViewport() =>
        _store.QueryAsync("resources", new FeatureQuery(Viewport, [], 1000, 0), CancellationToken.None).Result.NumberMatched;

    [Benchmark(Description = "zip-mobility: all 34 ZIPs")]
    public long AllZips() =>
        _store.QueryAsync("zip-mobility", new FeatureQuery(null, [], 1000, 0), CancellationToken.None).Result.NumberMatched;

    [Benchmark(Description = "harness resources: viewport bbox, limit 1000 (of 50,000)")]
    public long HarnessViewport() => _hasHarness
        ? _store.QueryAsync("resources-harness", new FeatureQuery(Viewport, [], 1000, 0), CancellationToken.None).Result.NumberMatched
        : -1;
}
