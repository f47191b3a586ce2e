namespace OpportunityMap.Server.Options;

/// <summary>What the map page draws under the layers.</summary>
internal sealed class MapOptions
{
    public const string SectionName = "Map";

    /// <summary>A tile URL template ({z}/{x}/{y}); empty = no base map, the layers on a plain background.</summary>
    public string? BaseMapUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string? BaseMapAttribution { get; set; } =
        "Base map © <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";
}
