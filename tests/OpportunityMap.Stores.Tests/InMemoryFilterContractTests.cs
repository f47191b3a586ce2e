namespace OpportunityMap.Stores.Tests;

public sealed class InMemoryFilterContractTests() : FilterContractTests(new InMemoryStore([Layer], "v1"));
