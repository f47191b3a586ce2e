namespace OpportunityMap.Stores.Tests;

public sealed class InMemoryCql2AtsTests() : Cql2AtsTests(async () => new InMemoryStore(await Cql2Ats.LayersAsync(), "ats"));
