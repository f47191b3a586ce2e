namespace OpportunityMap.Browser.Tests;

/// <summary>
/// Issue 16, findings 3, 4 and 7 on the map page: the resources clustered at the first view and shown near the chosen
/// place, the phone's sheet peeking with the story in one sentence, and a desktop card that leaves the map's middle and
/// the chosen place clear of the controls. At 1400×900 and 390×844, in English and Spanish.
/// </summary>
public sealed class StoryFirstTests(MapServer server)
{
    private static ILocator Card(MapPage map) => map.Page.Locator("#om-card");

    private static async Task SearchAsync(MapPage map, string q)
    {
        await map.Page.Locator("#om-search-input").FillAsync(q);
        await map.Page.Locator("#om-search-input").PressAsync("Enter");
        await Assertions.Expect(Card(map)).ToHaveAttributeAsync("data-state", "ready");
    }

    // What the map draws of the resources: single dots, and clusters with their counts.
    private static Task<JsonElement> ResourcesDrawnAsync(MapPage map) => map.Page.EvaluateAsync<JsonElement>(
        """
        () => {
          const clusters = [...document.querySelectorAll('.om-cluster')];
          return { dots: document.querySelectorAll('path.om-resource').length, clusters: clusters.length,
            clustered: clusters.reduce((sum, c) => sum + Number(c.textContent), 0) };
        }
        """);

    private static async Task<int> ResourceCountAsync(MapPage map, string filter = "") =>
        (await map.Page.EvaluateAsync<JsonElement>($"async () => (await (await fetch('/collections/resources/items?limit=10000{filter}')).json())"))
            .GetProperty("features").GetArrayLength();

    // Finding 4: 368 dots over 34 small HOLC areas at the first view.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task FirstView_ResourcesAreClustered_EachClusterCountedAndNamed(int width, int height, string lang)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, $"/?lang={lang}");
        var total = await ResourceCountAsync(map);

        var drawn = await ResourcesDrawnAsync(map);
        var shapes = drawn.GetProperty("dots").GetInt32() + drawn.GetProperty("clusters").GetInt32();
        Assert.True(shapes < total / 3, $"{shapes} resource shapes drawn for {total} resources.");
        Assert.True(drawn.GetProperty("clusters").GetInt32() > 0);
        // Nothing is lost: the county's resources are either drawn or counted in a cluster (those in the view).
        Assert.True(drawn.GetProperty("dots").GetInt32() + drawn.GetProperty("clustered").GetInt32() <= total);

        var cluster = map.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(lang == "es" ? @"^\d+ recursos aquí: " : @"^\d+ resources here: ") }).First;
        await Assertions.Expect(cluster).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }

    [Fact]
    public async Task Clusters_OpenAtNeighborhoodZoom_AndFollowTheLayerSwitches()
    {
        await using var map = await MapPage.OpenAsync(server, 1400, 900, "/?lang=en&z=10"); // the whole county in view
        var before = await ResourcesDrawnAsync(map);
        var parks = await ResourceCountAsync(map, "&category=park");

        await map.Overlay("Parks").UncheckAsync();

        var after = await ResourcesDrawnAsync(map);
        Assert.Equal(
            before.GetProperty("dots").GetInt32() + before.GetProperty("clustered").GetInt32() - parks,
            after.GetProperty("dots").GetInt32() + after.GetProperty("clustered").GetInt32());

        // Keyboard: Enter on a cluster zooms the map in to it.
        var zoom = await map.Page.Locator("#map").GetAttributeAsync("data-zoom");
        await map.Page.Locator(".om-cluster").First.FocusAsync();
        await map.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(map.Page.Locator("#map")).Not.ToHaveAttributeAsync("data-zoom", zoom!);

        await map.GotoAsync("/?lang=en&z=15&c=35.227,-80.843");
        await Assertions.Expect(map.Status).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(map.Page.Locator(".om-cluster")).ToHaveCountAsync(0);
        Assert.True(await map.Page.Locator("path.om-resource").CountAsync() > 0);
        Assert.Empty(map.Errors);
    }

    // Finding 4: the resources are shown near the chosen place, whatever the zoom; closing the card takes them away.
    [Theory]
    [MemberData(nameof(ViewSizes.BothSizesBothLanguages), MemberType = typeof(ViewSizes))]
    public async Task ChosenPlace_ItsNearestResourcesAreDrawn_UntilTheCardCloses(int width, int height, string lang)
    {
        await using var map = await MapPage.OpenAsync(server, width, height, $"/?lang={lang}");

        await SearchAsync(map, "28208");

        var listed = await Card(map).Locator(".om-card-nearest-list li").CountAsync();
        Assert.True(listed > 0);
        await Assertions.Expect(map.Page.Locator("path.om-nearby")).ToHaveCountAsync(listed);
        await map.Page.Locator(".om-card-close").ClickAsync();
        await Assertions.Expect(map.Page.Locator("path.om-nearby")).ToHaveCountAsync(0);
        Assert.Empty(map.Errors);
    }

    // Finding 3: the sheet peeks with the place, its grade, its income and one sentence, without scrolling.
    [Theory]
    [InlineData("en", "Biddleville", "Graded D")]
    [InlineData("es", "Biddleville", "Calificada D")]
    [InlineData("en", "28208", "Mostly graded")]
    [InlineData("es", "28208", "Calificada sobre todo")]
    public async Task Phone_TheSheetPeeksWithThePlaceGradeIncomeAndOneSentence(string lang, string q, string grade)
    {
        await using var map = await MapPage.OpenAsync(server, 390, 844, $"/?lang={lang}");

        await SearchAsync(map, q);

        var peek = Card(map).Locator(".om-card-peek");
        await Assertions.Expect(peek).ToContainTextAsync(grade);
        await Assertions.Expect(peek).ToContainTextAsync(new Regex(@"\$\d{2},\d{3}.*\(\$\d{2},\d{3}\)\.$"));
        await Assertions.Expect(peek).ToContainTextAsync(lang == "es" ? "del condado" : "the county");
        var box = (await peek.BoundingBoxAsync())!;
        Assert.True(box.Y + box.Height <= 844, $"The peek ends at {box.Y + box.Height} px, below the screen.");
        await Assertions.Expect(Card(map).Locator("h2")).ToBeInViewportAsync();
        Assert.Empty(map.Errors);
    }

    // Finding 7 (desktop): with a card open the legend (280×550) and the layer list (10 rows) covered the map, and the
    // chosen area landed under the legend.
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Desktop_CardOpen_ControlsFold_TheMiddleAndThePlaceAreClear(string lang)
    {
        await using var map = await MapPage.OpenAsync(server, 1400, 900, $"/?lang={lang}");
        await Assertions.Expect(map.Page.Locator(".om-legend")).ToHaveAttributeAsync("open", "");

        await SearchAsync(map, "Biddleville");
        await map.Page.WaitForTimeoutAsync(1200); // the flight to the place (0.8 s)

        await Assertions.Expect(map.Page.Locator(".om-legend")).Not.ToHaveAttributeAsync("open", "");
        await Assertions.Expect(map.Page.Locator(".leaflet-control-layers-list")).ToBeHiddenAsync();
        var controls = new List<LocatorBoundingBoxResult>();
        foreach (var control in await map.Page.Locator(".leaflet-control:visible").AllAsync())
        {
            controls.Add((await control.BoundingBoxAsync())!);
        }

        var mapBox = (await map.Page.Locator("#map").BoundingBoxAsync())!;
        var middle = (X: mapBox.X + (mapBox.Width * 0.3), Y: mapBox.Y + (mapBox.Height * 0.3), W: mapBox.Width * 0.4, H: mapBox.Height * 0.4);
        var outline = (await map.Page.Locator("path.om-selection").Last.BoundingBoxAsync())!;
        foreach (var c in controls)
        {
            Assert.False(Overlaps(c.X, c.Y, c.Width, c.Height, middle.X, middle.Y, middle.W, middle.H), $"A control at {c.X},{c.Y} covers the map's middle.");
            Assert.False(Overlaps(c.X, c.Y, c.Width, c.Height, outline.X, outline.Y, outline.Width, outline.Height), $"A control at {c.X},{c.Y} covers the chosen place.");
        }

        // Closing the card unfolds them as they were.
        await map.Page.Locator(".om-card-close").ClickAsync();
        await Assertions.Expect(map.Page.Locator(".om-legend")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(map.Page.Locator(".leaflet-control-layers-list")).ToBeVisibleAsync();
        Assert.Empty(map.Errors);
    }

    private static bool Overlaps(double x, double y, double w, double h, double x2, double y2, double w2, double h2) =>
        x < x2 + w2 && x + w > x2 && y < y2 + h2 && y + h > y2;
}
