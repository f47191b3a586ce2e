using Microsoft.Playwright;
using OpportunityMap.Testing;

namespace OpportunityMap.Browser.Tests;

/// <summary>
/// A news site's article on another origin (http://news.test, answered by Playwright's routing, never the network)
/// that embeds the map, with pym.js's real parent script from node_modules (also served where NPR publishes it).
/// </summary>
internal static class HostPage
{
    public const string Origin = "http://news.test";

    private static readonly string PymPath = Path.Combine(TestPaths.RepoRoot, "node_modules", "pym.js", "dist", "pym.v1.js");

    /// <summary>Opens an article whose body holds <paramref name="embedHtml"/> between paragraphs of text.</summary>
    public static async Task OpenAsync(IPage page, string embedHtml)
    {
        Assert.True(File.Exists(PymPath), $"pym.js is missing: run npm ci ({PymPath}).");
        var article =
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
        await page.RouteAsync($"{Origin}/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = article,
        }));
        await page.RouteAsync("**/pym.v1*.js", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/javascript",
            Path = PymPath,
        }));
        await page.GotoAsync($"{Origin}/article.html");
    }

    /// <summary>Waits until the iframe's height (pym sets the attribute) equals the embed's body height; returns it.</summary>
    public static async Task<int> WaitForResizedAsync(IPage page, IFrame frame)
    {
        await frame.Locator("#map[data-state=ready]").WaitForAsync();
        var height = 0;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            height = await frame.EvaluateAsync<int>("() => document.body.offsetHeight");
            var iframe = await page.Locator("iframe").First.EvaluateAsync<int>("f => Math.round(f.getBoundingClientRect().height)");
            if (height > 0 && iframe == height)
            {
                return height;
            }

            await page.WaitForTimeoutAsync(100);
        }

        Assert.Fail($"The iframe never took the embed's height ({height}px).");
        return height;
    }
}
