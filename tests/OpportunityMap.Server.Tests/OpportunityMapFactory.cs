using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The real service on the real reference data (../shared/geodata), optionally with another store swapped in and
/// optionally on a real Kestrel port for out-of-process clients such as GDAL.
/// </summary>
public sealed class OpportunityMapFactory : WebApplicationFactory<Program>
{
    private readonly IFeatureStore? _store;
    private readonly Dictionary<string, string?> _settings;

    public OpportunityMapFactory(IFeatureStore? store = null, IDictionary<string, string?>? settings = null)
    {
        _store = store;
        _settings = new Dictionary<string, string?>
        {
            ["Geodata:Source"] = TestPaths.Geodata,
            ["Geodata:Manifest"] = Path.Combine(TestPaths.ProjectGeodata, "manifest.json"),
            ["Map:BaseMapUrl"] = "",
            // Every layer before the first request, so tests see one data version.
            ["Geodata:NationalHolc"] = "Startup",
            // Most tests send many requests from one client; the rate-limit tests turn it back on.
            ["Web:RateLimitPermits"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
            // Each test host would otherwise build every artefact in the background (tens of seconds of CPU).
            ["Generations:Warm"] = "false",
            ["Store:Kind"] = RealDataApp.PostGisMode ? "PostGis" : "InMemory",
            ["Store:ConnectionString"] = RealDataApp.PostGisMode ? Environment.GetEnvironmentVariable("OPPORTUNITYMAP_POSTGIS_READER") : "",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>
    /// Starts the service on a free loopback port (Kestrel, for out-of-process clients). <c>UseKestrel(0)</c> rewrites
    /// the server's addresses while the app may already be binding them, a race Kestrel sometimes wins ("Addresses
    /// cannot be modified after the server has started", dotnet/aspnetcore#67714); the address given as a setting
    /// before the host is built cannot race.
    /// </summary>
    public void StartOnFreePort()
    {
        _settings[WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0";
        UseKestrel();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_store is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(sp => GenerationSource.Create(sp, _store))));
        }
    }
}
