using OpportunityMap.Stores.Tests;

[assembly: AssemblyFixture(typeof(OpportunityMap.Server.Tests.AtsApp))]

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The service on a real port serving the real data and, through the settings of tests/ogc/cql2-ats.settings.json, the
/// OGC CQL2 test suite's three collections: what the suite's tables and the outside clients (GDAL, QGIS) run against.
/// In memory; with <c>OPPORTUNITYMAP_TEST_STORE=PostGis</c>, from a PostGIS database of its own holding both. Started on
/// first use, so that a run without these tests pays nothing.
/// </summary>
public sealed class AtsApp : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpportunityMapFactory? _factory;
    private PostGisDatabase? _database;

    /// <summary>The started service: its base URL (no trailing slash) and a client of it.</summary>
    public async Task<(string BaseUrl, HttpClient Client)> StartAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_factory is null)
            {
                var settings = Cql2Ats.ServerSettings();
                settings["Store:Kind"] = "InMemory";
                if (RealDataApp.PostGisMode)
                {
                    _database = await PostGisDatabase.CreateAsync(CancellationToken.None);
                    var layers = (await RealDataImport.LayersAsync(CancellationToken.None)).Concat(await Cql2Ats.LayersAsync()).ToList();
                    await _database.Importer().ImportAsync(layers, DataVersion.Compute(layers), CancellationToken.None);
                    settings["Store:Kind"] = "PostGis";
                    settings["Store:ConnectionString"] = _database.ReaderConnectionString;
                }

                var factory = new OpportunityMapFactory(settings: settings);
                factory.StartOnFreePort();
                _factory = factory;
            }

            return (_factory.ClientOptions.BaseAddress.ToString().TrimEnd('/'), _factory.CreateClient());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every collection the service publishes, with each property's type, in catalogue order.</summary>
    public static async Task<List<(string Id, Dictionary<string, string> Types)>> CollectionsAsync(HttpClient client) =>
        [.. (await client.GetJson("/collections")).GetProperty("collections").EnumerateArray().Select(c => (
            c.GetProperty("id").GetString()!,
            c.GetProperty("properties").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("type").GetString()!)))];

    /// <summary>Every feature of a collection as the API gives it (GeoJSON, following the next links): id → properties.</summary>
    public static async Task<Dictionary<string, JsonElement>> FeaturesAsync(HttpClient client, string collection)
    {
        var features = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        for (string? url = $"/collections/{collection}/items?limit=10000"; url is not null;)
        {
            var page = await client.GetGeoJson(url);
            foreach (var feature in page.GetProperty("features").EnumerateArray())
            {
                features.Add(feature.GetProperty("id").GetString()!, feature.GetProperty("properties"));
            }

            url = page.Link("next");
        }

        return features;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _gate.Dispose();
    }
}
