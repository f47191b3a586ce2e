using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;

namespace OpportunityMap.Server.FrontEnd;

/// <summary>
/// The built front end (scripts/front-end.mjs): wwwroot/dist/manifest.json maps what the pages name ("js/main.js") to
/// its bundled, content-hashed file and the chunks it imports. <see cref="Rewrite"/> points a page at them, with a
/// modulepreload link per chunk so the browser fetches them with the page's first requests. Without a manifest (a
/// checkout run without the npm build) the pages keep their source references, which work unbundled.
/// </summary>
internal sealed partial class FrontEndAssets
{
    public const string ManifestPath = "dist/manifest.json";

    private static readonly ConcurrentDictionary<IFileProvider, FrontEndAssets> ByWebRoot = new();

    private readonly IReadOnlyDictionary<string, Entry> _entries;

    private FrontEndAssets(IReadOnlyDictionary<string, Entry> entries) => _entries = entries;

    /// <summary>The web root's built assets, read once (a new build is a new deployment and a restart).</summary>
    public static FrontEndAssets For(IFileProvider webRoot) => ByWebRoot.GetOrAdd(webRoot, Read);

    /// <summary>Whether a page asset is built (false: the pages are served as written).</summary>
    public bool IsBuilt => _entries.Count > 0;

    /// <summary><paramref name="html"/> with each built <c>src</c>/<c>href</c> pointing at its hashed file.</summary>
    public string Rewrite(string html)
    {
        if (!IsBuilt)
        {
            return html;
        }

        var preloads = new List<string>();
        var rewritten = Reference().Replace(html, match =>
        {
            if (!_entries.TryGetValue(match.Groups["path"].Value, out var entry))
            {
                return match.Value;
            }

            preloads.AddRange(entry.Imports);
            return $"{match.Groups["attr"].Value}=\"{entry.File}\"";
        });
        var head = rewritten.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (preloads.Count == 0 || head < 0)
        {
            return rewritten;
        }

        var links = new StringBuilder();
        foreach (var chunk in preloads.Distinct(StringComparer.Ordinal))
        {
            links.Append("  <link rel=\"modulepreload\" href=\"").Append(chunk).Append("\">\n");
        }

        return rewritten.Insert(head, links.ToString());
    }

    private static FrontEndAssets Read(IFileProvider webRoot)
    {
        var file = webRoot.GetFileInfo(ManifestPath);
        if (!file.Exists)
        {
            return new FrontEndAssets(new Dictionary<string, Entry>());
        }

        using var stream = file.CreateReadStream();
        var entries = JsonSerializer.Deserialize<Dictionary<string, Entry>>(stream, JsonOptions) ?? [];
        return new FrontEndAssets(entries);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Entry(string File, IReadOnlyList<string> Imports);

    [GeneratedRegex("(?<attr>src|href)=\"(?<path>[A-Za-z0-9_./-]+)\"")]
    private static partial Regex Reference();
}
