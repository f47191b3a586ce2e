using OpportunityMap.Core.Querying;
using OpportunityMap.Stores.InMemory;

namespace OpportunityMap.Server.Tests;

/// <summary>A one-layer store whose item queries take <paramref name="delay"/> (honouring cancellation), to test timeouts.</summary>
internal sealed class SlowStore(TimeSpan delay) : IFeatureStore
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    private readonly InMemoryStore _inner = new(
    [
        new LayerData(
            new LayerMetadata("slow", "Slow", "", "Point", [new LayerSource("Test", "https://example.org", "MIT", "https://opensource.org/license/mit", "Tests", "now")],
                [new PropertyDefinition("name", PropertyType.String, "Name")], new Envelope(-81, -80, 35, 36)),
            [new LayerFeature("a", Factory.CreatePoint(new Coordinate(-80.8, 35.2)), ["A"])]),
    ], "slow-v1");

    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first item query has started.</summary>
    public Task Entered => _entered.Task;

    public ValueTask<string> GetDataVersionAsync(CancellationToken cancellationToken) => _inner.GetDataVersionAsync(cancellationToken);

    public ValueTask<IReadOnlyList<LayerMetadata>> GetLayersAsync(CancellationToken cancellationToken) => _inner.GetLayersAsync(cancellationToken);

    public async ValueTask<FeaturePage> QueryAsync(string layerId, FeatureQuery query, CancellationToken cancellationToken)
    {
        _entered.TrySetResult();
        await Task.Delay(delay, cancellationToken);
        return await _inner.QueryAsync(layerId, query, cancellationToken);
    }

    public ValueTask<LayerFeature?> GetFeatureAsync(string layerId, string featureId, CancellationToken cancellationToken) =>
        _inner.GetFeatureAsync(layerId, featureId, cancellationToken);
}
