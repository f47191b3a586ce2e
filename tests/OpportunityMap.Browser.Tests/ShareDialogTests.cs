namespace OpportunityMap.Browser.Tests;

/// <summary>The Share and Cite dialogs of the map page.</summary>
public sealed class ShareDialogTests(MapServer server)
{
    [Fact]
    public async Task ShareDialog_IsAModalNamedByItsHeading_KeepsTheFocusInside_EscReturnsItToTheButton()
    {
        await using var map = await MapPage.OpenAsync(server);
        var share = map.Page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true });

        await share.ClickAsync();

        var dialog = map.Page.GetByRole(AriaRole.Dialog, new() { Name = "Share this view" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Link to this view")).ToHaveValueAsync(map.Page.Url);
        await map.ScreenshotAsync("share-dialog");
        for (var i = 0; i < 14; i++)
        {
            await map.Page.Keyboard.PressAsync(i % 5 == 4 ? "Shift+Tab" : "Tab");
            Assert.True(await dialog.EvaluateAsync<bool>("d => d.contains(document.activeElement)"), $"Tab {i + 1} left the dialog.");
        }

        await map.Page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(share).ToBeFocusedAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task ShareDialog_CopyButton_PutsTheIframeCodeOnTheClipboard()
    {
        await using var map = await MapPage.OpenAsync(server);
        await map.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        var code = map.Page.GetByLabel("Embed code (iframe)");
        var row = map.Page.Locator(".om-dialog-row").Filter(new() { Has = code });

        await row.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        await Assertions.Expect(row.GetByRole(AriaRole.Status)).ToHaveTextAsync("Copied.");
        Assert.Equal(await code.InputValueAsync(), await map.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task ShareDialog_IframeAndPymCode_WorkWhenPastedIntoAHostPage()
    {
        await using var map = await MapPage.CreateAsync(server);
        await map.Page.GotoAsync("/?c=35.21000,-80.84000&z=12&layers=redlining-1935,zip-mobility&opacity=0.5");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await map.Page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        await map.Page.GetByLabel("Title shown on the embedded map").FillAsync("Redlining & mobility <today>");
        var iframeCode = await map.Page.GetByLabel("Embed code (iframe)").InputValueAsync();
        var pymCode = await map.Page.GetByLabel("Responsive embed code").InputValueAsync();

        Assert.Contains("title=\"Redlining &amp; mobility &lt;today&gt;\"", iframeCode, StringComparison.Ordinal);
        Assert.Contains("width=\"100%\"", iframeCode, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" allowfullscreen", iframeCode, StringComparison.Ordinal);
        Assert.Contains("https://pym.nprapps.org/pym.v1.min.js", pymCode, StringComparison.Ordinal);

        await using var host = await MapPage.CreateAsync(server, 900, 1000);
        await HostPage.OpenAsync(host.Page, $"{iframeCode}\n{pymCode}");

        var frames = host.Page.Locator("iframe");
        await Assertions.Expect(frames).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await Assertions.Expect(frames.Nth(i)).ToHaveAttributeAsync("title", "Redlining & mobility <today>");
            var frame = frames.Nth(i).ContentFrame;
            await Assertions.Expect(frame.Locator("#map")).ToHaveAttributeAsync("data-state", "ready");
            await Assertions.Expect(frame.Locator("h1")).ToHaveTextAsync("Redlining & mobility <today>");
            await Assertions.Expect(frame.Locator("path.om-holc")).ToHaveCountAsync(34);
            await Assertions.Expect(frame.Locator("path.om-holc").First).ToHaveAttributeAsync("fill-opacity", "0.5");
        }

        var pymFrame = await (await frames.Nth(1).ElementHandleAsync()).ContentFrameAsync();
        await HostPage.WaitForResizedAsync(frames.Nth(1), pymFrame!);
        await host.ScreenshotAsync("share-pasted-host");
    }

    [Theory]
    [InlineData("en", "Accessed ", "children born 1978-83")]
    [InlineData("es", "Consultado el ", "niños nacidos en 1978-83")]
    public async Task CiteDialog_TextHasTitlePermalinkEverySourceLicenceAndTheAccessDate(string lang, string accessed, string atlasVintage)
    {
        await using var map = await MapPage.CreateAsync(server);
        await map.Page.GotoAsync($"/?lang={lang}&z=12&layers=redlining-1935,zip-mobility");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        var button = map.Page.Locator(".om-cite-button");

        await button.ClickAsync();

        var text = map.Page.Locator(".om-cite-dialog textarea");
        await Assertions.Expect(text).Not.ToHaveAttributeAsync("aria-busy", "true");
        var citation = await text.InputValueAsync();
        Assert.Contains(map.Page.Url, citation, StringComparison.Ordinal);
        Assert.Contains("Mapping Inequality", citation, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/)", citation, StringComparison.Ordinal);
        Assert.Contains("Opportunity Atlas", citation, StringComparison.Ordinal);
        Assert.Contains(atlasVintage, citation, StringComparison.Ordinal); // the sources' words in the page's language
        Assert.Contains("Mecklenburg County GIS", citation, StringComparison.Ordinal);
        var today = await map.Page.EvaluateAsync<string>("lang => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date())", lang);
        Assert.Contains($"{accessed}{today}.", citation, StringComparison.Ordinal);
        Assert.Contains(DateTime.Now.Year.ToString(CultureInfo.InvariantCulture), today, StringComparison.Ordinal);
        if (lang == "en")
        {
            Assert.StartsWith("Charlotte-Mecklenburg: 1935 redlining map and upward mobility by ZIP code.", citation, StringComparison.Ordinal);
            await map.ScreenshotAsync("cite-dialog");
        }

        Assert.Empty(map.Errors);
    }
}
