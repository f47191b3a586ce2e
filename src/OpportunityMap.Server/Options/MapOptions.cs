namespace OpportunityMap.Server.Options;

/// <summary>What the map page draws under the layers.</summary>
internal sealed class MapOptions
{
    public const string SectionName = "Map";

    /// <summary>A tile URL template ({z}/{x}/{y}); empty = no base map, the layers on a plain background.</summary>
    public string? BaseMapUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The base map's credit (HTML); empty = OpenStreetMap's, which the page writes in its own language.</summary>
    public string? BaseMapAttribution { get; set; }

    /// <summary>The font of map images (<c>/map.png</c>): a TrueType file.</summary>
    public string? FontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>The bold font of map images' titles and labels.</summary>
    public string? BoldFontFile { get; set; } = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
}
