using OpportunityMap.Server.Ogc.Pages;
using OpportunityMap.Server.Sharing;

namespace OpportunityMap.Server.Ogc;

/// <summary>The OGC API landing page and conformance declaration (the API definition: <see cref="ApiDefinitionEndpoints"/>).</summary>
internal static class LandingEndpoints
{
    public static IEndpointRouteBuilder MapLanding(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetLanding)
            .WithName("landing")
            .WithTags("Capabilities")
            .WithSummary("Landing page: the map for a browser, links as JSON for a client")
            .WithDescription("OGC API - Features landing page: links to the API definition (service-desc), its page (service-doc), the " +
                "conformance classes and the collections. A browser (Accept: text/html) or f=html gets the map page.")
            .WithOgcParameters(OgcParameters.LandingFormat)
            .Returns("The landing page as JSON, or the map", MediaTypes.Json, MediaTypes.Html);
        app.MapGet("/conformance", GetConformance)
            .CachedByGeneration()
            .WithName("conformance")
            .WithTags("Capabilities")
            .WithSummary("Conformance classes")
            .WithDescription("The OGC API conformance classes this service implements.")
            .WithOgcParameters(OgcParameters.PageFormat)
            .Returns("The conformance declaration (conformsTo)", MediaTypes.Json, MediaTypes.Html);
        return app;
    }

    // A browser asking for HTML gets the map; f=json, or an Accept without text/html (GIS clients), gets the JSON.
    private static async Task<IResult> GetLanding(HttpRequest request, IWebHostEnvironment environment, string? f, CancellationToken cancellationToken)
    {
        if (OgcFormats.Refuse(request, OgcFormats.JsonOrHtml) is { } badFormat)
        {
            return badFormat;
        }

        var wantsHtml = f?.ToLowerInvariant() switch
        {
            null => request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaTypes.Html, StringComparison.OrdinalIgnoreCase)),
            "html" => true,
            _ => false,
        };
        if (wantsHtml)
        {
            // The page names its oEmbed description (discovery) for the view its own URL holds.
            var view = ViewState.Parse(request.Query);
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
                "Where the 1935 HOLC map drew redlining, how the children who grew up there (born 1978-83) fared as adults, and what resources each neighborhood has. OGC API - Features.");
            Link.WriteArray(writer,
            [
                new Link($"{root}/?f=json", "self", MediaTypes.Json, "This document"),
                new Link($"{root}/?f=html", "alternate", MediaTypes.Html, "The map"),
                new Link($"{root}/api", "service-desc", MediaTypes.OpenApiJson, "The API definition (OpenAPI 3.0)"),
                new Link($"{root}/{ApiDefinitionEndpoints.PageFile}", "service-doc", MediaTypes.Html, "The API definition as a web page"),
                new Link($"{root}/conformance", "conformance", MediaTypes.Json, "Conformance classes"),
                new Link($"{root}/collections", "data", MediaTypes.Json, "The collections"),
                new Link($"{root}/collections?f=html", "data", MediaTypes.Html, "The collections as web pages"),
            ]);
            writer.WriteEndObject();
        });
    }

    private static Results<JsonDocumentResult, RazorComponentResult<ConformancePage>, ValidationProblem> GetConformance(HttpRequest request)
    {
        if (OgcFormats.Refuse(request, OgcFormats.JsonOrHtml) is { } badFormat)
        {
            return badFormat;
        }

        return OgcFormats.Negotiate(request) == OgcFormat.Html
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
    }
}
