using System.Net;
using Microsoft.Extensions.FileProviders;
using OpportunityMap.Server.FrontEnd;

namespace OpportunityMap.Server.Sharing;

/// <summary>The HTML pages of a view, filled in server-side so link previews and oEmbed consumers see them without script.</summary>
internal static class EmbedPage
{
    /// <summary>wwwroot/embed.html with its {{…}} fields filled, every value HTML-encoded.</summary>
    public static async Task<string?> RenderEmbedAsync(IFileProvider webRoot, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var template = await ReadAsync(webRoot, "embed.html", cancellationToken);
        foreach (var (name, value) in fields)
        {
            template = template?.Replace("{{" + name + "}}", WebUtility.HtmlEncode(value), StringComparison.Ordinal);
        }

        return template;
    }

    /// <summary>wwwroot/index.html with the oEmbed discovery link of the view it opens on.</summary>
    public static async Task<string?> RenderMapAsync(IFileProvider webRoot, string oembedUrl, string title, CancellationToken cancellationToken)
    {
        var page = await ReadAsync(webRoot, "index.html", cancellationToken);
        var link = $"  <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{WebUtility.HtmlEncode(oembedUrl)}\" title=\"{WebUtility.HtmlEncode(title)}\">\n";
        var head = page?.IndexOf("</head>", StringComparison.OrdinalIgnoreCase) ?? -1;
        return head < 0 ? page : page!.Insert(head, link);
    }

    private static async Task<string?> ReadAsync(IFileProvider webRoot, string name, CancellationToken cancellationToken)
    {
        var file = webRoot.GetFileInfo(name);
        if (!file.Exists)
        {
            return null;
        }

        await using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        // Pointed at the built, content-hashed front end when there is one.
        return FrontEndAssets.For(webRoot).Rewrite(await reader.ReadToEndAsync(cancellationToken));
    }
}
