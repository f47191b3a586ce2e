using Microsoft.AspNetCore.OpenApi;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.OpenApi;

/// <summary>
/// Adds each collection's own paths (<c>/collections/zip-mobility/items</c>, ...), copied from the templated
/// <c>/collections/{collectionId}/...</c> operations, with the collection's queryable properties as query parameters
/// of its items, as OGC API - Features Part 1 recommends: GIS clients and OWSLib read a collection's filters there.
/// The collections are the request's data generation's.
/// </summary>
internal sealed class CollectionPathsTransformer(
    IHttpContextAccessor http, GenerationSource generations, IOptions<ApiOptions> api, IOptions<GeodataOptions> geodata) : IOpenApiDocumentTransformer
{
    private const string Template = "/collections/{collectionId}";
    private const string CollectionId = "collectionId";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var generation = http.HttpContext is { } request
            ? await DataGeneration.ForRequestAsync(request)
            : await generations.CurrentAsync(cancellationToken);
        var templates = document.Paths.Where(p => p.Key == Template || p.Key.StartsWith(Template + "/", StringComparison.Ordinal)).ToList();
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var layer in generation.Layers)
        {
            document.Tags.Add(new OpenApiTag { Name = layer.Id, Description = layer.Title });
            foreach (var (template, pathItem) in templates)
            {
                var path = new OpenApiPathItem();
                foreach (var (method, operation) in pathItem.Operations ?? [])
                {
                    path.AddOperation(method, ForLayer(document, template, operation, layer));
                }

                document.Paths[Template.Replace("{collectionId}", layer.Id, StringComparison.Ordinal) + template[Template.Length..]] = path;
            }
        }
    }

    private OpenApiOperation ForLayer(OpenApiDocument document, string template, OpenApiOperation operation, LayerMetadata layer)
    {
        List<IOpenApiParameter> parameters = [.. (operation.Parameters ?? []).Where(p => p.Name != CollectionId)];
        var copy = new OpenApiOperation(operation)
        {
            OperationId = $"{operation.OperationId}-{layer.Id}",
            Summary = $"{operation.Summary} ({layer.Title})",
            Tags = new HashSet<OpenApiTagReference> { new(layer.Id, document) },
            Parameters = parameters,
        };
        if (template == Template + "/items")
        {
            var maxLimit = geodata.Value.MaxLimitFor(layer.Id, api.Value.MaxLimit);
            if (maxLimit != api.Value.MaxLimit)
            {
                // An extra collection may allow longer pages than the shared limit says.
                // The shared limit is a reference to the document's components: found by its id.
                var index = parameters.FindIndex(p => p is OpenApiParameterReference { Reference.Id: OgcParameters.Limit } || p.Name == OgcParameters.Limit);
                parameters[index] = OgcParameters.Create(OgcParameters.Limit, maxLimit, api.Value.DefaultLimit);
            }

            foreach (var property in layer.Properties.Where(p => p.Queryable && p.Type != PropertyType.Json))
            {
                parameters.Add(ApiParameter.Query(
                    property.Name,
                    $"Only features whose {property.Name} equals this value. {property.Description}".Trim(),
                    SchemaOf(property.Type)));
            }
        }

        return copy;
    }

    // What an equality filter (name=value) accepts: the property's type, a date or an RFC 3339 instant.
    private static OpenApiSchema SchemaOf(PropertyType type) => new()
    {
        Type = type switch
        {
            PropertyType.Integer => JsonSchemaType.Integer,
            PropertyType.Number => JsonSchemaType.Number,
            PropertyType.Boolean => JsonSchemaType.Boolean,
            _ => JsonSchemaType.String,
        },
        Format = type switch
        {
            PropertyType.Date => "date",
            PropertyType.Timestamp => "date-time",
            _ => null,
        },
    };
}
