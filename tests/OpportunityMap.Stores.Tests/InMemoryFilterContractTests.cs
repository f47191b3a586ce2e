using OpportunityMap.Stores.InMemory;

namespace OpportunityMap.Stores.Tests;

public sealed class InMemoryFilterContractTests() : FilterContractTests(new InMemoryStore([Layer], "v1"));
