using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;

namespace OpportunityMap.Server.OpenApi;

/// <summary>
/// The problems any operation can answer with, whatever its handler does: 429 past the client's rate limit, and 503
/// when the data store cannot answer or the request runs past <c>Api:RequestTimeoutSeconds</c>, both with
/// Retry-After.
/// </summary>
internal sealed class CommonResponses : IOpenApiOperationTransformer
{
    private const string ProblemSchemaId = nameof(ProblemDetails);

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var components = document.Components ??= new OpenApiComponents();
        if (components.Schemas?.ContainsKey(ProblemSchemaId) != true)
        {
            document.AddComponent<IOpenApiSchema>(ProblemSchemaId, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }

        operation.Responses ??= [];
        operation.Responses.TryAdd("429", Shared(document, "TooManyRequests", "Too many requests from this address; retry after Retry-After seconds"));
        operation.Responses.TryAdd("503", Shared(document, "ServiceUnavailable",
            "The data store cannot answer now, or the request ran out of time; retry after Retry-After seconds"));
    }

    // Written once in #/components/responses, referenced by every operation.
    private static OpenApiResponseReference Shared(OpenApiDocument document, string id, string description)
    {
        var responses = document.Components!.Responses ??= new Dictionary<string, IOpenApiResponse>();
        responses.TryAdd(id, new OpenApiResponse
        {
            Description = description,
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaTypes.ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchemaId, document) },
            },
        });
        return new OpenApiResponseReference(id, document);
    }
}
