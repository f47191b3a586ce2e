namespace OpportunityMap.Browser.Tests;

/// <summary>
/// The server's /map-config, read as the page should read it: the colour of a value's class, of a resource category,
/// each colour as the browser computes it ("rgb(r, g, b)").
/// </summary>
internal sealed class MapLook(JsonElement config)
{
    public JsonElement Config => config;

    public JsonElement Palette => config.GetProperty("palette");

    public static async Task<MapLook> ReadAsync(MapServer server) => new(await server.GetJsonAsync("map-config"));

    /// <summary>The classes /map-config gives the collection: (min, max), lowest first.</summary>
    public List<(double Min, double Max)> Classes(string collection) =>
        [.. Choropleth(collection).GetProperty("classes").EnumerateArray().Select(c => (c.GetProperty("min").GetDouble(), c.GetProperty("max").GetDouble()))];

    public string Property(string collection) => Choropleth(collection).GetProperty("property").GetString()!;

    /// <summary>The palette's colour for <paramref name="value"/> in the collection's classes: the first class whose max is not below it, or the last.</summary>
    public string ClassColour(string collection, double value)
    {
        var classes = Classes(collection);
        var index = classes.FindIndex(c => value <= c.Max);
        return Rgb(Palette.GetProperty("classes")[index == -1 ? classes.Count - 1 : index].GetString()!);
    }

    public string ResourceColour(string category) =>
        Rgb(Palette.GetProperty("resources").EnumerateArray().FirstOrDefault(r => r.GetProperty("category").GetString() == category) is { ValueKind: JsonValueKind.Object } r
            ? r.GetProperty("colour").GetString()!
            : Palette.GetProperty("otherResource").GetString()!);

    /// <summary>"#756bb1" as getComputedStyle writes it: "rgb(117, 107, 177)".</summary>
    public static string Rgb(string hex)
    {
        var rgb = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"rgb({rgb >> 16}, {(rgb >> 8) & 0xff}, {rgb & 0xff})");
    }

    private JsonElement Choropleth(string collection) =>
        config.GetProperty("choropleths").EnumerateArray()
            .Single(c => c.GetProperty("collection").GetString() == collection && c.GetProperty("group").GetString() == "all");
}
