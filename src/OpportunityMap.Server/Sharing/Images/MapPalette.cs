using SkiaSharp;

namespace OpportunityMap.Server.Sharing.Images;

/// <summary><see cref="MapStyle"/>'s colours for drawing, so the image and the page read the same.</summary>
internal static class MapPalette
{
    public static readonly SKColor Background = SKColor.Parse(MapStyle.Background);
    public static readonly SKColor Header = SKColor.Parse(MapStyle.Header);
    public static readonly SKColor Ink = SKColor.Parse(MapStyle.Ink);
    public static readonly SKColor HolcOutline = SKColor.Parse(MapStyle.HolcOutline);
    public static readonly SKColor Unknown = SKColor.Parse(MapStyle.Unknown);
    public static readonly SKColor NoData = SKColor.Parse(MapStyle.NoData);
    public static readonly SKColor Focus = SKColor.Parse(MapStyle.Focus);

    /// <summary>The choropleth classes, lowest first.</summary>
    public static readonly SKColor[] Classes = [.. MapStyle.ClassColours.Select(SKColor.Parse)];

    /// <summary>The resource categories in the page's order, with their marker colours.</summary>
    public static readonly (string Id, SKColor Colour)[] Resources = [.. MapStyle.Resources.Select(r => (r.Id, SKColor.Parse(r.Colour)))];

    public static SKColor Resource(string category)
    {
        foreach (var (id, colour) in Resources)
        {
            if (id == category)
            {
                return colour;
            }
        }

        return SKColor.Parse(MapStyle.OtherResource);
    }

    /// <summary>A colour the data gives (the 1935 map's fill), used only when it is a plain hex colour.</summary>
    public static SKColor FromData(object? value) =>
        value is string text && text.Length is 4 or 7 && text[0] == '#' && text.Skip(1).All(char.IsAsciiHexDigit) && SKColor.TryParse(text, out var colour)
            ? colour
            : Unknown;
}
