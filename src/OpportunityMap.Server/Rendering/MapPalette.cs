using SkiaSharp;

namespace OpportunityMap.Server.Rendering;

/// <summary>The page's colours (css/map.css), so the image and the map read the same.</summary>
internal static class MapPalette
{
    public static readonly SKColor Background = SKColor.Parse("#eceee8");
    public static readonly SKColor Header = SKColor.Parse("#1f2a44");
    public static readonly SKColor Ink = SKColor.Parse("#1a1a1a");
    public static readonly SKColor HolcOutline = SKColor.Parse("#3d3d3d");
    public static readonly SKColor Unknown = SKColor.Parse("#9e9e9e");
    public static readonly SKColor NoData = SKColor.Parse("#d9d9d9");
    public static readonly SKColor Focus = SKColor.Parse("#ffbf47");

    /// <summary>The five quantile classes of the choropleths, lowest first (.om-class-0 … 4).</summary>
    public static readonly SKColor[] Classes =
        [SKColor.Parse("#f2f0f7"), SKColor.Parse("#cbc9e2"), SKColor.Parse("#9e9ac8"), SKColor.Parse("#756bb1"), SKColor.Parse("#54278f")];

    /// <summary>The resource categories in the page's order, with their marker colours (.om-resource-*).</summary>
    public static readonly (string Id, SKColor Colour)[] Resources =
    [
        ("school", SKColor.Parse("#e69f00")), ("college", SKColor.Parse("#cc79a7")), ("library", SKColor.Parse("#0072b2")),
        ("park", SKColor.Parse("#009e73")), ("hospital", SKColor.Parse("#56b4e9")), ("fire_station", SKColor.Parse("#d55e00")),
        ("police_station", SKColor.Parse("#000000")),
    ];

    public static SKColor Resource(string category)
    {
        foreach (var (id, colour) in Resources)
        {
            if (id == category)
            {
                return colour;
            }
        }

        return SKColor.Parse("#777777");
    }

    /// <summary>A colour the data gives (the 1935 map's fill), used only when it is a plain hex colour.</summary>
    public static SKColor FromData(object? value) =>
        value is string text && text.Length is 4 or 7 && text[0] == '#' && text.Skip(1).All(char.IsAsciiHexDigit) && SKColor.TryParse(text, out var colour)
            ? colour
            : Unknown;
}
