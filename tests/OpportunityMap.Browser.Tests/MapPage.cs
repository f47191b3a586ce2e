using OpportunityMap.Testing;

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// One browser page on the map, in its own context, with every console error and uncaught page error collected from
/// the first request on.
/// </summary>
internal sealed class MapPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private MapPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => Errors.Add($"page: {error}");
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public ILocator Status => Page.Locator("#status");

    /// <summary>The layer control's checkbox of the overlay whose name contains <paramref name="name"/>.</summary>
    public ILocator Overlay(string name) =>
        Page.Locator(".leaflet-control-layers-overlays label").Filter(new LocatorFilterOptions { HasText = name }).Locator("input");

    /// <summary>A page of <paramref name="width"/> x <paramref name="height"/> CSS pixels, not yet on the map (to route first).</summary>
    public static async Task<MapPage> CreateAsync(MapServer server, int width = 1280, int height = 800)
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return new MapPage(context, await context.NewPageAsync());
    }

    /// <summary>Opens the map (at <paramref name="path"/>, e.g. "/?lang=es") and waits until every layer is drawn (the status region says "ready").</summary>
    public static async Task<MapPage> OpenAsync(MapServer server, int width = 1280, int height = 800, string path = "/")
    {
        var map = await CreateAsync(server, width, height);
        await map.GotoAsync(path);
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        return map;
    }

    public async Task GotoAsync(string path = "/")
    {
        // The map is the landing page for a browser (Accept: text/html).
        await Page.GotoAsync(path);
    }

    /// <summary>Zooms in with the zoom control and waits until the map has settled at the new zoom.</summary>
    public async Task ZoomInAsync(int steps)
    {
        var zoom = int.Parse(await Page.Locator("#map").GetAttributeAsync("data-zoom") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 1; i <= steps; i++)
        {
            await Page.Locator(".leaflet-control-zoom-in").ClickAsync();
            await Assertions.Expect(Page.Locator("#map")).ToHaveAttributeAsync("data-zoom", (zoom + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// Clicks, with the real mouse, a visible point of the first feature matching <paramref name="selector"/> that
    /// nothing else covers; returns that feature's accessible name.
    /// </summary>
    public async Task<string> ClickFeatureAsync(string selector)
    {
        var target = await Page.EvaluateAsync<JsonElement>(
            """
            (selector) => {
              for (const path of document.querySelectorAll(selector)) {
                const box = path.getBoundingClientRect();
                for (let i = 1; i < 10; i++) {
                  for (let j = 1; j < 10; j++) {
                    const x = box.left + (box.width * i) / 10, y = box.top + (box.height * j) / 10;
                    if (document.elementFromPoint(x, y) === path) {
                      return { x, y, label: path.getAttribute('aria-label') };
                    }
                  }
                }
              }
              return null;
            }
            """, selector);
        Assert.True(target.ValueKind == JsonValueKind.Object, $"No uncovered point of any '{selector}' is on screen.");
        await Page.Mouse.ClickAsync(target.GetProperty("x").GetSingle(), target.GetProperty("y").GetSingle());
        return target.GetProperty("label").GetString()!;
    }

    /// <summary>Waits until the open popup has faded in and the map has panned it wholly into view.</summary>
    public async Task WaitForPopupInViewAsync()
    {
        await Page.WaitForFunctionAsync(
            """
            () => {
              const popup = document.querySelector('.leaflet-popup');
              if (!popup || getComputedStyle(popup).opacity !== '1') {
                return false;
              }
              const box = popup.getBoundingClientRect(), map = document.getElementById('map').getBoundingClientRect();
              return box.top >= map.top && box.left >= map.left && box.right <= map.right && box.bottom <= map.bottom;
            }
            """);
    }

    /// <summary>Saves a screenshot to artifacts/screenshots/ in the repository (beside the test results); returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var directory = Path.Combine(TestPaths.RepoRoot, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
