namespace OpportunityMap.Server.Sharing;

/// <summary>
/// The default title of a view, from the layers it shows, in the view's language; the Share dialog makes the same one
/// from the same catalogue keys (wwwroot/js/share/embedCode.js).
/// </summary>
internal static class EmbedTitles
{
    /// <summary>The title; <paramref name="place"/> names another HOLC city than Charlotte-Mecklenburg ("Durham, NC").</summary>
    public static string Default(IReadOnlyList<string> layers, string lang, string? place = null)
    {
        var strings = Strings.For(lang);
        var names = layers.Select(id => strings.Find($"share.layer.{id}")).OfType<string>().ToList();
        if (names.Count == 0)
        {
            return place is null ? strings.Text("share.defaultTitle.none") : $"OpportunityMap — {place}";
        }

        var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} {strings.Text("share.defaultTitle.and")} {names[^1]}";
        return $"{place ?? strings.Text("share.defaultTitle.place")}: {char.ToUpperInvariant(list[0])}{list[1..]}";
    }
}
