using Microsoft.AspNetCore.WebUtilities;
using OpportunityMap.Server.Sharing.Images;
using static OpportunityMap.Server.Tests.ResidentData;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// What the server writes with <c>lang=es</c> has no English word (<see cref="EnglishWords"/>) but the data's own
/// values: the verbatim 1935 text, names (of places, resources, people and works), ids, codes and links. Each check is
/// also run on the English answer, where it must find English, so it can fail.
/// </summary>
public sealed partial class SpanishAnswersTests(RealDataApp app)
{
    // The data's own values, not words the server writes: the 1935 appraisers' text (verbatim), the data's codes and
    // names (the card's raw `category`, the county's resource `type`), ids, links and attributions (credits of people,
    // agencies and works).
    private static readonly string[] CardDataPaths =
    [
        "lang", "units", "holc.id", "holc.grade", "holc.category", "holc.fill", "holc.city", "holc.areaId", "holc.description.",
        "zip.zipcode", "zip.postOfficeCity", "tract.geoid", "tract.name", "neighborhood.id", "neighborhood.metrics[].name",
        "nearest[].category", "nearest[].id", "nearest[].name", "nearest[].type", "nearest[].address",
        "sources[].layer", "sources[].url", "sources[].licenceUrl", "sources[].attribution", "socialCapital.zipcode",
        "zip.byGroup[].group", "zip.county.byGroup[].group", "zip.county.atlas[].group", "tract.byGroup[].group",
    ];

    // The national answers' data: codes, keys, the names of places (cities, commuting zones) and the credits.
    private static readonly string[] NationDataPaths =
    [
        "lang", "county", "state", "groups[].group", "commutingZone.id", "commutingZone.name", "commutingZone.largest[].id",
        "commutingZone.largest[].name", "cities[].key", "cities[].mapKey", "cities[].city", "cities[].state", "cities[].grades[].grade",
        "measures[].name", "rows[].grade", "sources[].url", "sources[].licenceUrl", "sources[].attribution",
    ];

    private static readonly string[] SummaryDataPaths =
    [
        "input.", "grade", "area.crs", "neighborhoods.metrics[].name", "neighborhoods.areas[].id", "mobility.tracts[].geoid",
        "mobility.estimates[].name", "mobility.estimates[].children", "neighborhoods.metrics[].combined", "neighborhoods.metrics[].years", "resources.per",
        "sources[].url", "sources[].licenceUrl", "sources[].attribution",
    ];

    private readonly HttpClient _client = app.Client();

    [Fact]
    public async Task Card_InADArea_HasNoEnglishInSpanish()
    {
        var point = await InteriorPoint(_client, "redlining-1935", "D8");

        var spanish = await _client.GetJson(CardUrl(point, "&lang=es"));
        var english = await _client.GetJson(CardUrl(point, "&lang=en"));

        Assert.Equal("D", spanish.GetProperty("holc").GetProperty("grade").GetString());
        Assert.Equal(12, spanish.GetProperty("neighborhood").GetProperty("metrics").GetArrayLength());
        NoEnglish(EnglishIn(spanish, CardDataPaths));
        Assert.NotEmpty(EnglishIn(english, CardDataPaths));
    }

    [Fact]
    public async Task Report_HasNoEnglishInSpanish()
    {
        var spanish = await _client.GetJson("/api/report/holc-vs-today?lang=es");
        var english = await _client.GetJson("/api/report/holc-vs-today");

        Assert.Equal("Peligroso", spanish.GetProperty("rows")[3].GetProperty("category").GetString());
        // The method is a link; the county row's code and the tracts' names (the Atlas's, as in its findings) are data.
        NoEnglish(EnglishIn(spanish, [.. SummaryDataPaths.Select(p => $"rows[].{p}"), .. SummaryDataPaths.Select(p => $"county.{p}"), "method",
            "robustness.uncounted[].", "robustness.leaveOneOut[].", "robustness.orders[].", "sources[].url", "sources[].licenceUrl", "sources[].attribution"]));
        Assert.NotEmpty(EnglishIn(english, [.. SummaryDataPaths.Select(p => $"rows[].{p}")]));
    }

    [Theory]
    [InlineData("/api/benchmarks?county=37119")]
    [InlineData("/api/report/holc-cities?city=charlotte-nc")]
    [InlineData("/api/report/holc-cities?city=birmingham-al")]
    [InlineData("/api/report/social-capital")]
    public async Task NationalAnswers_HaveNoEnglishInSpanish(string url)
    {
        var spanish = await _client.GetJson(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=es");
        var english = await _client.GetJson(url);

        NoEnglish(EnglishIn(spanish, NationDataPaths));
        Assert.NotEmpty(EnglishIn(english, NationDataPaths));
    }

    [Fact]
    public async Task Summary_HasNoEnglishInSpanish()
    {
        var spanish = await _client.GetJson("/api/summary?layer=zip-mobility&id=28208&lang=es");
        var english = await _client.GetJson("/api/summary?layer=zip-mobility&id=28208");

        NoEnglish(EnglishIn(spanish, SummaryDataPaths));
        Assert.NotEmpty(EnglishIn(english, SummaryDataPaths));
    }

    [Fact]
    public async Task MapImage_DrawsNoEnglishInSpanish()
    {
        // Every layer at zoom 13 over D8 (grade labels drawn), big enough for the whole legend and source line.
        var d8 = await InteriorPoint(_client, "redlining-1935", "D8");
        var view = FormattableString.Invariant(
            $"layers=redlining-1935,zip-mobility,tract-mobility,neighborhoods,resources&z=13&c={d8.Y},{d8.X}&width=2048&height=2048");

        var spanish = await DrawnWords($"{view}&lang=es");
        var english = await DrawnWords(view);

        Assert.Contains("D — Peligroso", spanish);
        Assert.Contains("Movilidad ascendente por código postal", spanish);
        Assert.Contains(spanish, line => line.StartsWith("Fuentes: ", StringComparison.Ordinal));
        NoEnglish(EnglishWords.In(string.Join(' ', spanish)));
        Assert.NotEmpty(EnglishWords.In(string.Join(' ', english)));
    }

    [Fact]
    public async Task Embed_AndOEmbed_TitlesHaveNoEnglishInSpanish()
    {
        var html = await _client.GetStringAsync("/embed?lang=es&layers=redlining-1935,zip-mobility,tract-mobility,resources,neighborhoods",
            TestContext.Current.CancellationToken);
        var oembed = await _client.GetJson($"/oembed?url={Uri.EscapeDataString("http://localhost/embed?lang=es&layers=redlining-1935,resources")}");
        var englishHtml = await _client.GetStringAsync("/embed?layers=redlining-1935,resources", TestContext.Current.CancellationToken);

        var written = EmbedText(html);
        Assert.Equal(3, written.Count);
        NoEnglish(EnglishWords.In(string.Join(' ', written)));
        NoEnglish(EnglishWords.In(oembed.GetProperty("title").GetString()!));
        Assert.NotEmpty(EnglishWords.In(string.Join(' ', EmbedText(englishHtml))));
    }

    public static TheoryData<string> Collections =>
        [LayerIds.Redlining, LayerIds.Zips, LayerIds.Tracts, LayerIds.Resources, LayerIds.Neighborhoods, LayerIds.Municipalities, LayerIds.SocialCapital, LayerIds.NationalRedlining];

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Collection_TitleSourcesAndPropertyTitles_HaveNoEnglishInSpanish(string id)
    {
        var collection = await _client.GetJson($"/collections/{id}?lang=es");
        var queryables = await _client.GetJson($"/collections/{id}/queryables?lang=es", "application/schema+json");
        var english = await _client.GetJson($"/collections/{id}");

        // The descriptions name API parameters (city_key, state, grade): their translation is checked by the catalogue test.
        NoEnglish(EnglishWords.In(CollectionWords(collection, queryables)));
        Assert.NotEqual(english.GetProperty("title").GetString(), collection.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/api/report/holc-vs-today?lang=fr")]
    [InlineData("/api/report/holc-vs-today?lang=es&lang=en")]
    [InlineData("/api/summary?layer=zip-mobility&id=28208&lang=ES")]
    [InlineData("/collections/zip-mobility?lang=de")]
    [InlineData("/collections?lang=")]
    public async Task Lang_NotEnOrEs_IsAValidationProblemKeyedLang(string url) =>
        Assert.True((await _client.GetProblem(url, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("lang", out _));

    private static void NoEnglish(IReadOnlyList<string> found) =>
        Assert.True(found.Count == 0, $"English in the Spanish answer: {string.Join("; ", found)}");

    private static List<string> EnglishIn(JsonElement json, IReadOnlyList<string> dataPaths) =>
        [.. EnglishWords.Strings(json)
            .Where(s => !dataPaths.Any(p => p.EndsWith('.') ? s.Path.StartsWith(p, StringComparison.Ordinal) : s.Path == p))
            .SelectMany(s => EnglishWords.In(s.Text).Select(word => $"{s.Path}: {word}"))];

    private static string CollectionWords(JsonElement collection, JsonElement queryables) => string.Join(' ',
        new[] { collection.GetProperty("title").GetString()!, queryables.GetProperty("title").GetString()! }
            .Concat(collection.GetProperty("sources").EnumerateArray()
                .SelectMany(s => new[] { s.GetProperty("name").GetString()!, s.GetProperty("licence").GetString()!, s.GetProperty("vintage").GetString()! }))
            .Concat(queryables.GetProperty("properties").EnumerateObject().Select(p => p.Value.GetProperty("title").GetString()!)));

    // What the embed page says before its script runs: the <title>, the heading, the link to the full map.
    private static List<string> EmbedText(string html) =>
        [.. new[] { TitleElement(), Heading(), FullMapLink() }.Select(r => WebUtility.HtmlDecode(r.Match(html).Groups[1].Value)).Where(t => t.Length > 0)];

    private Task<IReadOnlyList<string>> DrawnWords(string query) => app.DrawnWordsAsync(query);

    [GeneratedRegex("<title>(.*?)</title>")]
    private static partial Regex TitleElement();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>")]
    private static partial Regex Heading();

    [GeneratedRegex("<a id=\"om-embed-full\"[^>]*>(.*?)</a>")]
    private static partial Regex FullMapLink();
}
