using Microsoft.Extensions.Primitives;
using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// A map view as its URL holds it: the view-state parameters shared by the map page, the embed, <c>/oembed</c> and
/// <c>/map.png</c> (centre, zoom, layers, resource categories, the 1935 layer's opacity, the card's point, the HOLC
/// city, language and title), parsed here once for all of them. Malformed values are ignored and the default used,
/// as on the page: a shared link never turns into an error. <see cref="Suffix"/> keeps the parameters as given (the
/// page reads them itself), less any this contract does not name.
/// </summary>
internal sealed record ViewState(
    double CentreLat,
    double CentreLon,
    int Zoom,
    IReadOnlySet<string> Layers,
    IReadOnlySet<string>? Categories,
    double Opacity,
    (double Lat, double Lon)? Point,
    string? City,
    string Lang,
    string? Title,
    string QueryString)
{
    public const double DefaultLat = 35.227;
    public const double DefaultLon = -80.843;
    // The first view tells the story (issue 16): the 1935 map legible over the city, its fill light enough to show the
    // mobility colour under it (its grades are also its coloured outlines).
    public const int DefaultZoom = 12;
    public const double DefaultOpacity = 0.35;
    public const int MaxZoom = 18;
    public const int MaxTitleLength = 120;

    private const int MaxListItems = 32;
    private const int MaxTokenLength = 64;

    // The contract's parameters, in the order the map page writes them.
    private static readonly string[] Names = ["lang", "c", "z", "layers", "cats", "opacity", "pt", "city", "title"];

    /// <summary>"?query" of the view's parameters as given, or "" when it has none.</summary>
    public string Suffix => QueryString.Length == 0 ? "" : "?" + QueryString;

    /// <summary>The title to show: the URL's own, else one made of the shown layers' names.</summary>
    public string DisplayTitle => DisplayTitleIn(null);

    /// <summary>The title to show of a view of another HOLC city (<see cref="ViewCity"/>; null: Charlotte's).</summary>
    public string DisplayTitleIn(string? cityName) => Title ?? EmbedTitles.Default([.. KnownLayers.Where(Layers.Contains)], Lang, cityName);

    /// <summary>The layers a view can name, in the page's order.</summary>
    internal static IReadOnlyList<string> KnownLayers { get; } = [LayerIds.Redlining, LayerIds.Zips, LayerIds.Tracts, LayerIds.Resources, LayerIds.Neighborhoods, LayerIds.SocialCapital];

    public static ViewState Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (Names.Contains(name, StringComparer.Ordinal) && values.Count > 0 && values[0] is { } first)
            {
                given.TryAdd(name, first);
            }
        }

        var title = CleanTitle(given.GetValueOrDefault("title"));
        if (title is null)
        {
            given.Remove("title");
        }
        else
        {
            given["title"] = title;
        }

        var (lat, lon) = LatLon(given.GetValueOrDefault("c")) ?? (DefaultLat, DefaultLon);
        return new ViewState(
            lat,
            lon,
            Integer(given.GetValueOrDefault("z"), 0, MaxZoom) ?? DefaultZoom,
            LayersOf(given.GetValueOrDefault("layers")),
            List(given.GetValueOrDefault("cats")),
            Number(given.GetValueOrDefault("opacity"), 0, 1) ?? DefaultOpacity,
            LatLon(given.GetValueOrDefault("pt")),
            given.GetValueOrDefault("city") is { Length: > 0 and <= MaxTokenLength } city ? city : null,
            given.GetValueOrDefault("lang") is { } lang && Strings.IsLanguage(lang) ? lang : Strings.English,
            title,
            QueryStringOf(given));
    }

    // The given parameters in the page's order; commas stay readable.
    private static string QueryStringOf(Dictionary<string, string> given)
    {
        var builder = new StringBuilder();
        foreach (var name in Names.Where(given.ContainsKey))
        {
            builder.Append(builder.Length == 0 ? "" : "&").Append(name).Append('=')
                .Append(Uri.EscapeDataString(given[name]).Replace("%2C", ",", StringComparison.Ordinal));
        }

        return builder.ToString();
    }

    // "none" shows no layer; no list, or one naming nothing this view knows, shows the defaults.
    private static IReadOnlySet<string> LayersOf(string? text) =>
        text == "none" ? new HashSet<string>(StringComparer.Ordinal)
        : List(text) is { } list && list.Any(KnownLayers.Contains) ? list
        : new HashSet<string>(MapStyle.DefaultLayers, StringComparer.Ordinal);

    private static double? Number(string? text, double min, double max) =>
        text is not null && text.Length <= MaxTokenLength
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= min && value <= max
            ? value
            : null;

    internal static int? Integer(string? text, int min, int max) =>
        text is not null && text.Length <= MaxTokenLength
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? value
            : null;

    // Latitudes stop where Web Mercator does.
    private static (double Lat, double Lon)? LatLon(string? text)
    {
        if (text is null || text.Length > MaxTokenLength || text.Split(',') is not [var latText, var lonText])
        {
            return null;
        }

        return Number(latText, -WebMercator.MaxLatitude, WebMercator.MaxLatitude) is { } lat && Number(lonText, -180, 180) is { } lon
            ? (lat, lon)
            : null;
    }

    private static HashSet<string>? List(string? text)
    {
        if (text is null || text.Length > MaxListItems * MaxTokenLength)
        {
            return null;
        }

        var items = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length <= MaxListItems && items.All(i => i.Length <= MaxTokenLength)
            ? new HashSet<string>(items, StringComparer.Ordinal)
            : null;
    }

    // Plain text on one line: control characters go, runs of white space become one space, and a title too long is
    // cut at a whole text element (no surrogate pair is split), not refused; blank is none.
    private static string? CleanTitle(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)])
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length == 0)
        {
            return null;
        }

        var info = new StringInfo(collapsed);
        return info.LengthInTextElements <= MaxTitleLength ? collapsed : info.SubstringByTextElements(0, MaxTitleLength).TrimEnd();
    }
}
