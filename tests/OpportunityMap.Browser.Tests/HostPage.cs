using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpportunityMap.Testing;

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// A news site's article on another origin (a second local server, on its own port) that embeds the map, with
/// pym.js's real parent script from node_modules (also answered, through Playwright's routing, where NPR publishes it).
/// A real server rather than a routed page: Chromium refuses to frame a local address in a page of unknown address.
/// </summary>
internal static class HostPage
{
    private static readonly string PymPath = Path.Combine(TestPaths.RepoRoot, "node_modules", "pym.js", "dist", "pym.v1.js");

    private static readonly ConcurrentDictionary<string, string> Articles = new();

    private static readonly Lazy<Task<string>> Origin = new(StartAsync);

    /// <summary>Opens an article whose body holds <paramref name="embedHtml"/> between paragraphs of text.</summary>
    public static async Task OpenAsync(IPage page, string embedHtml)
    {
        Assert.True(File.Exists(PymPath), $"pym.js is missing: run npm ci ({PymPath}).");
        var id = Guid.NewGuid().ToString("N");
        Articles[id] =
            $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
            <body style="margin:0;font:16px serif">
            <h1>Charlotte's redlined neighborhoods, 90 years on</h1>
            <p>Text before the map.</p>
            {embedHtml}
            <p>Text after the map.</p>
            </body></html>
            """;
        await page.RouteAsync("https://pym.nprapps.org/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/javascript",
            Path = PymPath,
        }));
        await page.GotoAsync($"{await Origin.Value}/article/{id}");
    }

    private static async Task<string> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/article/{id}", (string id) => Results.Content(Articles.GetValueOrDefault(id, ""), "text/html; charset=utf-8"));
        app.MapGet("/pym.v1.js", () => Results.File(PymPath, "text/javascript"));
        // It lives as long as the test process, like the browser it serves.
        await app.StartAsync();
        return app.Urls.First().TrimEnd('/');
    }

    /// <summary>Waits until the iframe's height (pym sets the attribute) equals the embed's body height; returns it.</summary>
    public static async Task<int> WaitForResizedAsync(ILocator iframe, IFrame frame)
    {
        await frame.Locator("#map[data-state=ready]").WaitForAsync();
        var height = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            height = await frame.EvaluateAsync<int>("() => document.body.offsetHeight");
            var shown = await iframe.EvaluateAsync<int>("f => Math.round(f.getBoundingClientRect().height)");
            if (height > 0 && shown == height)
            {
                return height;
            }

            await iframe.Page.WaitForTimeoutAsync(100);
        }

        Assert.Fail($"The iframe never took the embed's height ({height}px).");
        return height;
    }
}
