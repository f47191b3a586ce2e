namespace OpportunityMap.Server.Tests;

/// <summary>
/// Issue 16, finding 7: a view of another HOLC city (<c>city=</c>) is titled, previewed and drawn as that city, not
/// as Charlotte-Mecklenburg; Charlotte's own view is unchanged.
/// </summary>
public sealed partial class ViewCityTests(RealDataApp app)
{
    private readonly HttpClient _client = app.Client();

    private async Task<(string Key, string Name, int Areas, double Lon, double Lat)> DurhamAsync()
    {
        var durham = (await _client.GetJson("/api/holc-cities")).GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "durham-nc");
        return ("durham-nc", $"{durham.GetProperty("city").GetString()}, {durham.GetProperty("state").GetString()}", durham.GetProperty("areas").GetInt32(),
            durham.GetProperty("centre")[0].GetDouble(), durham.GetProperty("centre")[1].GetDouble());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Embed_OfAnotherCity_IsTitledWithThatCity_AndItsPreviewImageIsThatView(string lang)
    {
        var durham = await DurhamAsync();

        var html = await _client.GetStringAsync($"/embed?layers=redlining-1935&city={durham.Key}&lang={lang}", TestContext.Current.CancellationToken);
        var charlotte = await _client.GetStringAsync($"/embed?layers=redlining-1935&lang={lang}", TestContext.Current.CancellationToken);

        var title = WebUtility.HtmlDecode(TitleElement().Match(html).Groups[1].Value);
        Assert.StartsWith(durham.Name + ":", title, StringComparison.Ordinal);
        Assert.DoesNotContain("Charlotte", title, StringComparison.Ordinal);
        var image = OgImage().Match(html).Groups[1].Value;
        Assert.Contains("/map.png?", image, StringComparison.Ordinal);
        Assert.Contains($"city={durham.Key}", image, StringComparison.Ordinal);
        Assert.StartsWith("Charlotte-Mecklenburg:", WebUtility.HtmlDecode(TitleElement().Match(charlotte).Groups[1].Value), StringComparison.Ordinal);

        var oembed = await _client.GetJson($"/oembed?url={Uri.EscapeDataString($"http://localhost/embed?layers=redlining-1935&city={durham.Key}&lang={lang}")}");
        Assert.Equal(title, oembed.GetProperty("title").GetString());
    }

    [Fact]
    public async Task MapImage_OfAnotherCity_DrawsThatCitysAreas_TitledAndCreditedSo()
    {
        var durham = await DurhamAsync();
        var view = FormattableString.Invariant($"layers=redlining-1935&city={durham.Key}&z=12&c={durham.Lat:F5},{durham.Lon:F5}&width=1200&height=630");

        var words = await DrawnWords(view);
        var charlotteWords = await DrawnWords("layers=redlining-1935&z=12&width=1200&height=630");

        Assert.Contains(words, w => w.StartsWith(durham.Name + ":", StringComparison.Ordinal));
        Assert.DoesNotContain(words, w => w.StartsWith("Charlotte-Mecklenburg", StringComparison.Ordinal));
        Assert.Contains(words, w => w.StartsWith("Sources: ", StringComparison.Ordinal) && w.Contains("Mapping Inequality", StringComparison.Ordinal));
        // Durham's grade labels, not Charlotte's: none of Charlotte's area ids is drawn at Durham's centre.
        var labels = words.Where(w => HolcId().IsMatch(w)).ToList();
        Assert.NotEmpty(labels);
        Assert.True(labels.Count <= durham.Areas);
        Assert.Contains(charlotteWords, w => w.StartsWith("Charlotte-Mecklenburg", StringComparison.Ordinal));
        Assert.NotEqual(labels.Order(), charlotteWords.Where(w => HolcId().IsMatch(w)).Order());

        using var response = await _client.GetAsync($"/map.png?{view}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<IReadOnlyList<string>> DrawnWords(string query) => app.DrawnWordsAsync(query);

    [GeneratedRegex("<title>(.*?)</title>")]
    private static partial Regex TitleElement();

    [GeneratedRegex("<meta property=\"og:image\" content=\"(.*?)\">")]
    private static partial Regex OgImage();

    [GeneratedRegex("^[A-D][0-9]+[a-z]?$")]
    private static partial Regex HolcId();
}
