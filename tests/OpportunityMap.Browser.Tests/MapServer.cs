using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpportunityMap.Testing;

[assembly: AssemblyFixture(typeof(OpportunityMap.Browser.Tests.MapServer))]

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// The real service on the real data on a real port (Kestrel), and Debian's Chromium driven by Playwright: one of
/// each for the whole assembly.
/// </summary>
public sealed class MapServer : IAsyncLifetime
{
    // The network is closed: without these, Chromium keeps trying to reach Google's services.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly Factory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server's address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>The JSON the service answers at <paramref name="url"/> (relative to its address).</summary>
    public async Task<JsonElement> GetJsonAsync(string url)
    {
        using var client = CreateClient();
        return await client.GetFromJsonAsync<JsonElement>(url, TestContext.Current.CancellationToken);
    }

    public async ValueTask InitializeAsync()
    {
        // A free loopback port given as a setting: UseKestrel(0) races the app's own bind (dotnet/aspnetcore#67714).
        _factory.UseKestrel();
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        await WaitUntilReady();
        // The machine is shared with other builds: give the page time rather than fail on a slow moment.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    // As a load balancer would: the page's first tiles are not asked of data still warming (issue 17).
    private async Task WaitUntilReady()
    {
        using var client = CreateClient();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (!patience.IsCancellationRequested)
        {
            using var ready = await client.GetAsync("ready", CancellationToken.None);
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(250, CancellationToken.None);
        }
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            builder.UseSetting("Geodata:Source", TestPaths.Geodata);
            builder.UseSetting("Geodata:Manifest", Path.Combine(TestPaths.ProjectGeodata, "manifest.json"));
            builder.UseSetting("Geodata:NationalHolc", "Startup");
            builder.UseSetting("Map:BaseMapUrl", "");
            // One browser loads many pages quickly from one address.
            builder.UseSetting("Web:RateLimitPermits", "0");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", "Warning");
        }
    }
}
