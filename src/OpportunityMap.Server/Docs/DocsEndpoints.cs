using System.Collections.Frozen;
using System.Net;
using Markdig;

namespace OpportunityMap.Server.Docs;

/// <summary>
/// The project's docs (docs/*.md, embedded at build), served so that every method link the API writes resolves:
/// <c>/docs/{name}</c> as a web page (headings with ids, e.g. <c>/docs/data#1935-grade-vs-today</c>) and
/// <c>/docs/{name}.md</c> as the Markdown itself.
/// </summary>
internal static class DocsEndpoints
{
    private const string Prefix = "OpportunityMap.Server.docs.";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).Build();

    private static readonly FrozenDictionary<string, string> Markdown = typeof(DocsEndpoints).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
        .ToFrozenDictionary(n => n[Prefix.Length..^3], Read, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Pages = Markdown.ToFrozenDictionary(d => d.Key, d => Page(d.Key, d.Value), StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapDocs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/docs/{name}", GetDoc).WithName("docs").WithTags("Docs")
            .WithSummary("The project's documentation (the methods the API links to): {name} as a web page, {name}.md as Markdown")
            .WithParameters(ApiParameter.Path("name", "A document: " + string.Join(", ", Markdown.Keys.Order(StringComparer.Ordinal)), ApiSchema.String()))
            .Returns("The document", "text/html", "text/markdown")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<ContentHttpResult, ProblemHttpResult> GetDoc(string name)
    {
        var markdown = name.EndsWith(".md", StringComparison.Ordinal);
        var key = markdown ? name[..^3] : name;
        return !Markdown.TryGetValue(key, out var text)
            ? TypedResults.Problem(string.Format(CultureInfo.InvariantCulture, ProblemMessages.DocNotFound, name, string.Join(", ", Markdown.Keys.Order(StringComparer.Ordinal))),
                statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.DocNotFoundTitle)
            : markdown
                ? TypedResults.Content(text, "text/markdown; charset=utf-8")
                : TypedResults.Content(Pages[key], "text/html; charset=utf-8");
    }

    private static string Read(string resource)
    {
        using var stream = typeof(DocsEndpoints).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The rendered document in a plain page; links between docs (data.md) go to their pages.
    private static string Page(string name, string markdown) => $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{WebUtility.HtmlEncode(name)} — OpportunityMap</title><link rel="stylesheet" href="../css/report.css"></head>
        <body><main class="om-doc">{Markdig.Markdown.ToHtml(markdown.Replace(".md)", ")", StringComparison.Ordinal).Replace(".md#", "#", StringComparison.Ordinal), Pipeline)}</main></body></html>
        """;
}
