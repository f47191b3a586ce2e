[assembly: AssemblyFixture(typeof(OpportunityMap.Server.Tests.RealDataApp))]

namespace OpportunityMap.Server.Tests;

/// <summary>
/// One instance of the service on the real data, shared by every test of the assembly. With
/// <c>OPPORTUNITYMAP_TEST_STORE=PostGis</c> the same tests run, unchanged, against PostGIS: the real data is imported
/// into the database named by <c>OPPORTUNITYMAP_POSTGIS</c> and served through <c>OPPORTUNITYMAP_POSTGIS_READER</c>.
/// </summary>
public sealed class RealDataApp : IAsyncLifetime
{
    public static bool PostGisMode { get; } =
        string.Equals(Environment.GetEnvironmentVariable("OPPORTUNITYMAP_TEST_STORE"), "PostGis", StringComparison.OrdinalIgnoreCase);

    public OpportunityMapFactory Factory { get; } = new();

    public HttpClient Client() => Factory.CreateClient();

    public async ValueTask InitializeAsync()
    {
        if (!PostGisMode)
        {
            return;
        }

        var owner = Environment.GetEnvironmentVariable("OPPORTUNITYMAP_POSTGIS");
        Assert.False(string.IsNullOrEmpty(owner), "OPPORTUNITYMAP_TEST_STORE=PostGis needs OPPORTUNITYMAP_POSTGIS (scripts/postgis.sh)");
        await RealDataImport.IntoPostGisAsync(owner!, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
