using OpportunityMap.Core.Layers;
namespace OpportunityMap.Server.Sharing;

/// <summary>
/// The default title of a view, from the layers it shows, in English or Spanish; the Share dialog makes the same one
/// (wwwroot/js/share/embedCode.js).
/// </summary>
internal static class EmbedTitles
{
    private const string Place = "Charlotte-Mecklenburg";
    private const string NoLayers = "OpportunityMap — Charlotte-Mecklenburg";

    private static readonly Dictionary<string, (string En, string Es)> Names = new(StringComparer.Ordinal)
    {
        [LayerIds.Redlining] = ("1935 redlining map", "mapa de redlining de 1935"),
        [LayerIds.Zips] = ("upward mobility by ZIP code", "movilidad ascendente por código postal"),
        [LayerIds.Tracts] = ("upward mobility by census tract", "movilidad ascendente por sector censal"),
        [LayerIds.Resources] = ("neighborhood resources", "recursos del vecindario"),
        [LayerIds.Neighborhoods] = ("neighborhood profiles", "perfiles de vecindarios"),
    };

    public static string Default(IReadOnlyList<string> layers, string lang)
    {
        var spanish = lang == "es";
        var names = layers.Where(Names.ContainsKey).Select(id => spanish ? Names[id].Es : Names[id].En).ToList();
        if (names.Count == 0)
        {
            return NoLayers;
        }

        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} {(spanish ? "y" : "and")} {names[^1]}";
        return $"{Place}: {char.ToUpperInvariant(list[0])}{list[1..]}";
    }
}
