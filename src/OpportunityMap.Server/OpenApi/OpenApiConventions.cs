using Microsoft.AspNetCore.OpenApi;

namespace OpportunityMap.Server.OpenApi;

/// <summary>
/// What ASP.NET Core cannot see of an endpoint, for the API definition: the query parameters its handler reads from
/// the request itself (it sees only those bound to handler parameters), and the bodies a handler writes or parses
/// itself (streamed JSON, files, a GeoJSON request body).
/// </summary>
internal static class OpenApiConventions
{
    /// <summary>
    /// Describes these parameters; one ASP.NET Core already lists under the same name and location (a bound handler
    /// parameter, which it knows only by type) is replaced.
    /// </summary>
    public static TBuilder WithParameters<TBuilder>(this TBuilder builder, params IOpenApiParameter[] parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithParameters(_ => parameters);

    /// <summary>As <see cref="WithParameters{TBuilder}(TBuilder, IOpenApiParameter[])"/>, built for each document.</summary>
    public static TBuilder WithParameters<TBuilder>(this TBuilder builder, Func<OpenApiOperationTransformerContext, IEnumerable<IOpenApiParameter>> parameters)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var list = operation.Parameters ??= [];
            foreach (var parameter in parameters(context))
            {
                var (name, location) = Identity(parameter, context.Document);
                if (list.FirstOrDefault(p => Identity(p, context.Document) == (name, location)) is { } listed)
                {
                    list.Remove(listed);
                }

                list.Add(parameter);
            }

            return Task.CompletedTask;
        });

    /// <summary>A 200 response in these media types, whose body the handler writes itself.</summary>
    public static TBuilder Returns<TBuilder>(this TBuilder builder, string description, params string[] mediaTypes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse { Description = description, Content = Content(mediaTypes) };
            return Task.CompletedTask;
        });

    /// <summary>A required request body in these media types, which the handler parses itself.</summary>
    public static TBuilder WithRequestBody<TBuilder>(this TBuilder builder, string description, params string[] mediaTypes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody { Description = description, Required = true, Content = Content(mediaTypes) };
            return Task.CompletedTask;
        });

    // A reference's name and location are its component's.
    private static (string? Name, ParameterLocation? In) Identity(IOpenApiParameter parameter, OpenApiDocument? document) =>
        parameter is OpenApiParameterReference reference
            && document?.Components?.Parameters?.TryGetValue(reference.Reference.Id!, out var component) == true
            ? (component.Name, component.In)
            : (parameter.Name, parameter.In);

    private static Dictionary<string, OpenApiMediaType> Content(IEnumerable<string> mediaTypes) =>
        mediaTypes.ToDictionary(type => type, type => new OpenApiMediaType { Schema = ApiSchema.ForMediaType(type) });
}
