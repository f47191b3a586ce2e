using System.Text;
using Microsoft.Extensions.Primitives;
using OpportunityMap.Core.Layers;
using OpportunityMap.Server.Localization;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// The view-state parameters of a map URL (the contract of /, /embed, /map.png and /oembed), kept as given: each page
/// ignores a malformed value itself, so the server only drops unknown parameters and reads the title and language.
/// </summary>
internal sealed record ViewQuery(string QueryString, string? Title, string Lang, IReadOnlyList<string> Layers)
{
    public const int TitleMaxLength = 120;

    // The contract's parameters, in the order the map page writes them.
    private static readonly string[] Names = ["lang", "c", "z", "layers", "cats", "opacity", "pt", "city", "title"];

    internal static readonly string[] KnownLayers = [LayerIds.Redlining, LayerIds.Zips, LayerIds.Tracts, LayerIds.Resources, LayerIds.Neighborhoods];

    private static readonly string[] DefaultLayers = [LayerIds.Redlining, LayerIds.Zips, LayerIds.Resources];

    /// <summary>The title to show: the URL's own, else one made of the shown layers' names.</summary>
    public string DisplayTitle => Title ?? EmbedTitles.Default(Layers, Lang);

    public static ViewQuery From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in query)
        {
            if (Names.Contains(name, StringComparer.Ordinal) && value.Count > 0 && value[0] is { } first)
            {
                values.TryAdd(name, first);
            }
        }

        var title = values.TryGetValue("title", out var rawTitle) ? CleanTitle(rawTitle) : null;
        if (title is null)
        {
            values.Remove("title");
        }
        else
        {
            values["title"] = title;
        }

        var builder = new StringBuilder();
        foreach (var name in Names.Where(values.ContainsKey))
        {
            builder.Append(builder.Length == 0 ? "" : "&").Append(name).Append('=')
                .Append(Uri.EscapeDataString(values[name]).Replace("%2C", ",", StringComparison.Ordinal));
        }

        var lang = values.GetValueOrDefault("lang") is { } asked && Strings.IsLanguage(asked) ? asked : Strings.English;
        return new ViewQuery(builder.ToString(), title, lang, ParseLayers(values.GetValueOrDefault("layers")));
    }

    /// <summary>"?query" or "" when the view has no parameters.</summary>
    public string Suffix => QueryString.Length == 0 ? "" : "?" + QueryString;

    // Whitespace collapsed, at most 120 characters (text elements, so no surrogate pair is cut); blank = none.
    private static string? CleanTitle(string raw)
    {
        var collapsed = string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length == 0)
        {
            return null;
        }

        var info = new System.Globalization.StringInfo(collapsed);
        return info.LengthInTextElements <= TitleMaxLength ? collapsed : info.SubstringByTextElements(0, TitleMaxLength);
    }

    private static IReadOnlyList<string> ParseLayers(string? raw)
    {
        if (raw == "none")
        {
            return [];
        }

        var given = (raw ?? "").Split(',', StringSplitOptions.TrimEntries);
        var known = KnownLayers.Where(given.Contains).ToList();
        return known.Count > 0 ? known : DefaultLayers;
    }
}
