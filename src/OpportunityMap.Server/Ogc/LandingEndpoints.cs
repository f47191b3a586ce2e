using Microsoft.AspNetCore.Http.HttpResults;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Generations;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Ogc;
using OpportunityMap.Server.Ogc.Pages;
using OpportunityMap.Server.Sharing;

namespace OpportunityMap.Server.Ogc;

/// <summary>The OGC API landing page, conformance declaration and API definition.</summary>
internal static class LandingEndpoints
{
    public static IEndpointRouteBuilder MapLanding(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetLanding).WithName("landing").WithSummary("Landing page: the map for a browser, links as JSON for a client").WithTags("Capabilities");
        app.MapGet("/conformance", GetConformance).CachedByGeneration().WithName("conformance").WithSummary("Conformance classes").WithTags("Capabilities");
        app.MapGet("/api", GetApiDefinition).CachedByGeneration().WithName("api").WithSummary("The OpenAPI 3.0 definition").WithTags("Capabilities");
        return app;
    }

    // A browser asking for HTML gets the map; f=json, or an Accept without text/html (GIS clients), gets the JSON.
    private static async Task<IResult> GetLanding(HttpRequest request, IWebHostEnvironment environment, string? f, CancellationToken cancellationToken)
    {
        var wantsHtml = f switch
        {
            null => request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaTypes.Html, StringComparison.OrdinalIgnoreCase)),
            "html" => true,
            _ => false,
        };
        if (wantsHtml)
        {
            // The page names its oEmbed description (discovery) for the view its own URL holds.
            var view = ViewQuery.From(request.Query);
            var pageUrl = $"{RequestUrls.Base(request)}/{view.Suffix}";
            var html = await EmbedPage.RenderMapAsync(environment.WebRootFileProvider,
                EmbedEndpoints.OEmbedUrl(RequestUrls.Base(request), pageUrl), view.DisplayTitle, cancellationToken);
            return html is null ? TypedResults.NotFound() : TypedResults.Content(html, "text/html; charset=utf-8");
        }

        var root = RequestUrls.Base(request);
        return new JsonDocumentResult(MediaTypes.Json, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", "OpportunityMap: Charlotte-Mecklenburg");
            writer.WriteString("description",
                "Where the 1935 HOLC map drew redlining, how children who grew up there fare today, and what resources each neighborhood has. OGC API - Features.");
            Link.WriteArray(writer,
            [
                new Link($"{root}/?f=json", "self", MediaTypes.Json, "This document"),
                new Link($"{root}/?f=html", "alternate", MediaTypes.Html, "The map"),
                new Link($"{root}/api", "service-desc", MediaTypes.OpenApiJson, "The API definition (OpenAPI 3.0)"),
                new Link($"{root}/conformance", "conformance", MediaTypes.Json, "Conformance classes"),
                new Link($"{root}/collections", "data", MediaTypes.Json, "The collections"),
                new Link($"{root}/collections?f=html", "data", MediaTypes.Html, "The collections as web pages"),
            ]);
            writer.WriteEndObject();
        });
    }

    private static Results<JsonDocumentResult, RazorComponentResult<ConformancePage>> GetConformance(HttpRequest request) =>
        OgcFormats.Negotiate(request) == OgcFormat.Html
            ? OgcPages.Conformance(request, ConformanceClasses.All)
            : new JsonDocumentResult(MediaTypes.Json, writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("conformsTo");
                foreach (var uri in ConformanceClasses.All)
                {
                    writer.WriteStringValue(uri);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });

    private static JsonDocumentResult GetApiDefinition(
        HttpRequest request, DataGeneration generation, Microsoft.Extensions.Options.IOptions<Options.ApiOptions> api)
    {
        var document = OpenApiDocument.Build(RequestUrls.Base(request), generation.Layers, api.Value);
        return new JsonDocumentResult(MediaTypes.OpenApiJson, writer => document.WriteTo(writer));
    }
}
