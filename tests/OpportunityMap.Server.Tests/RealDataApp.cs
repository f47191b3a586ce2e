[assembly: AssemblyFixture(typeof(OpportunityMap.Server.Tests.RealDataApp))]

namespace OpportunityMap.Server.Tests;

/// <summary>One instance of the service on the real data, shared by every test of the assembly.</summary>
public sealed class RealDataApp : IAsyncDisposable
{
    public OpportunityMapFactory Factory { get; } = new();

    public HttpClient Client() => Factory.CreateClient();

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
