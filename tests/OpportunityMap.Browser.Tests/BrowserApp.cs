using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using OpportunityMap.Testing;

[assembly: AssemblyFixture(typeof(OpportunityMap.Browser.Tests.BrowserApp))]

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// The real service on the real data on a real port, and Debian's Chromium driven by Playwright (never a downloaded
/// browser), shared by every browser test.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Factory _factory = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDirectory { get; } = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        Directory.CreateDirectory(ScreenshotDirectory);
        Assert.True(File.Exists(ChromiumPath), $"Debian's chromium is not installed at {ChromiumPath} (apt-get install chromium)");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>A new page that records console errors and page errors.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        return (page, errors);
    }

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Geodata:Source", TestPaths.Geodata);
            builder.UseSetting("Geodata:Manifest", Path.Combine(TestPaths.ProjectGeodata, "manifest.json"));
            builder.UseSetting("Map:BaseMapUrl", "");
            builder.UseSetting("Web:RateLimitPermits", "0");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", "Warning");
        }
    }
}
