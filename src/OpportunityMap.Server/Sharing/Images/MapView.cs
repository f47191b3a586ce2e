using System.Globalization;
using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Localization;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary>
/// A map view as the page's URL holds it (the view-state parameters shared by the map page, the embed and the PNG):
/// centre, zoom, layers, resource categories, the 1935 layer's opacity, the card's point, language and title.
/// Malformed values are ignored and the default used, as on the page: a shared link never turns into an error.
/// </summary>
internal sealed record MapView(
    double CentreLat,
    double CentreLon,
    int Zoom,
    IReadOnlySet<string> Layers,
    IReadOnlySet<string>? Categories,
    double Opacity,
    (double Lat, double Lon)? Point,
    string Lang,
    string? Title,
    int Width,
    int Height)
{
    public const double DefaultLat = 35.227;
    public const double DefaultLon = -80.843;
    public const int DefaultZoom = 11;
    public const double DefaultOpacity = 0.6;
    public const int MaxZoom = 18;
    public const int MaxTitleLength = 120;
    public const int MinSize = 200;
    public const int MaxSize = 2048;

    // The social-card size most sites ask for (og:image).
    public const int DefaultWidth = 1200;
    public const int DefaultHeight = 630;

    public static readonly IReadOnlySet<string> DefaultLayers =
        new HashSet<string>([LayerIds.Redlining, LayerIds.Zips, LayerIds.Resources], StringComparer.Ordinal);

    private const int MaxListItems = 32;
    private const int MaxTokenLength = 64;

    public static MapView Parse(IQueryCollection query)
    {
        var (lat, lon) = LatLon(Single(query, "c")) ?? (DefaultLat, DefaultLon);
        return new MapView(
            lat,
            lon,
            Integer(Single(query, "z"), 0, MaxZoom) ?? DefaultZoom,
            List(Single(query, "layers")) ?? DefaultLayers,
            List(Single(query, "cats")),
            Number(Single(query, "opacity"), 0, 1) ?? DefaultOpacity,
            LatLon(Single(query, "pt")),
            Single(query, "lang") is { } lang && Strings.IsLanguage(lang) ? lang : Strings.English,
            CleanTitle(Single(query, "title")),
            Integer(Single(query, "width"), MinSize, MaxSize) ?? DefaultWidth,
            Integer(Single(query, "height"), MinSize, MaxSize) ?? DefaultHeight);
    }

    /// <summary>The view as query parameters again, in a fixed order: one cache key per distinct view.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>
        {
            $"c={F(CentreLat)},{F(CentreLon)}",
            $"z={Zoom}",
            $"layers={Uri.EscapeDataString(string.Join(',', Layers.Order(StringComparer.Ordinal)))}",
        };
        if (Categories is not null)
        {
            parts.Add($"cats={Uri.EscapeDataString(string.Join(',', Categories.Order(StringComparer.Ordinal)))}");
        }

        parts.Add($"opacity={Opacity.ToString("0.###", CultureInfo.InvariantCulture)}");
        if (Point is { } point)
        {
            parts.Add($"pt={F(point.Lat)},{F(point.Lon)}");
        }

        parts.Add($"lang={Lang}");
        if (Title is not null)
        {
            parts.Add($"title={Uri.EscapeDataString(Title)}");
        }

        parts.Add($"width={Width}");
        parts.Add($"height={Height}");
        return string.Join('&', parts);

        static string F(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static double? Number(string? text, double min, double max) =>
        text is not null && text.Length <= MaxTokenLength
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= min && value <= max
            ? value
            : null;

    private static int? Integer(string? text, int min, int max) =>
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

    private static string? CleanTitle(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Plain text on one line: control characters go, and a title too long is cut, not refused.
        var clean = new string([.. text.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length <= MaxTitleLength)
        {
            return clean.Length == 0 ? null : clean;
        }

        var cut = char.IsHighSurrogate(clean[MaxTitleLength - 1]) ? MaxTitleLength - 1 : MaxTitleLength;
        return clean[..cut].TrimEnd();
    }
}
