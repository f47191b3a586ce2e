using System.Net;

namespace OpportunityMap.Server.Sharing;

/// <summary>The iframe a page embeds a view with (oEmbed's html); the Share dialog writes the same one.</summary>
internal static class EmbedHtml
{
    public static string Iframe(string src, string title, int width, int height) => string.Create(CultureInfo.InvariantCulture,
        $"""<iframe src="{WebUtility.HtmlEncode(src)}" title="{WebUtility.HtmlEncode(title)}" width="{width}" height="{height}" style="border:0" loading="lazy" allowfullscreen></iframe>""");
}
