using Microsoft.AspNetCore.OpenApi;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.OpenApi;

/// <summary>
/// <c>/api</c>: the OpenAPI 3.0 definition of this service, generated from the endpoints (Microsoft.AspNetCore.OpenApi)
/// with each collection's own paths (<see cref="CollectionPathsTransformer"/>); for a browser, the page that shows
/// it (<c>api.html</c>, Swagger UI).
/// </summary>
internal static class ApiDefinitionEndpoints
{
    /// <summary>The service-doc page, in wwwroot.</summary>
    public const string PageFile = "api.html";

    private const string DocumentName = "v1";

    public static IServiceCollection AddApiDefinition(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        return services.AddOpenApi(DocumentName, options =>
        {
            // OGC API - Features Part 1 asks for OpenAPI 3.0 (conf/oas30).
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "OpportunityMap",
                    Version = "1.0.0",
                    Description = "OGC API - Features for Charlotte-Mecklenburg: 1935 redlining, mobility today, neighborhood resources; " +
                        "and the map's own API (the resident card, search, area summaries, embeds and map images).",
                    License = new OpenApiLicense { Name = "MIT (code); each collection names its data licence" },
                };
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<CollectionPathsTransformer>();
            options.AddOperationTransformer<CommonResponses>();
        });
    }

    public static IEndpointRouteBuilder MapApiDefinition(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api", GetApiDefinition)
            .CachedByGeneration()
            .WithName("api")
            .WithTags("Capabilities")
            .WithSummary("This API definition (OpenAPI 3.0), or for a browser the page that shows it")
            .WithDescription("The service-desc of the landing page. With f=html or Accept: text/html, the service-doc page instead (also at /api.html).")
            .WithOgcParameters(OgcParameters.PageFormat)
            .Returns("The OpenAPI 3.0 document, or the page that shows it", MediaTypes.OpenApiJson, MediaTypes.Html);
        return app;
    }

    private static async Task<Results<ContentHttpResult, FileStreamHttpResult, NotFound, ValidationProblem>> GetApiDefinition(
        HttpRequest request, [FromKeyedServices(DocumentName)] IOpenApiDocumentProvider documents, IWebHostEnvironment environment,
        CancellationToken cancellationToken)
    {
        if (OgcFormats.Refuse(request, OgcFormats.JsonOrHtml) is { } badFormat)
        {
            return badFormat;
        }

        if (OgcFormats.Negotiate(request) == OgcFormat.Html)
        {
            var page = environment.WebRootFileProvider.GetFileInfo(PageFile);
            return page.Exists ? TypedResults.Stream(page.CreateReadStream(), "text/html; charset=utf-8") : TypedResults.NotFound();
        }

        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        document.Servers = [new OpenApiServer { Url = RequestUrls.Base(request) }];
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV3(new OpenApiJsonWriter(text, new OpenApiJsonWriterSettings { Terse = true }));
        return TypedResults.Text(text.ToString(), MediaTypes.OpenApiJson);
    }
}
