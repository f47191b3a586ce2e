namespace OpportunityMap.Stores.Tests;

public sealed class InMemoryStoreContractTests : StoreContractTests
{
    protected override Task<IFeatureStore> CreateStoreAsync(IReadOnlyList<LayerData> layers, string dataVersion) =>
        Task.FromResult<IFeatureStore>(new InMemoryStore(layers, dataVersion));
}
