namespace OpportunityMap.Server.OpenApi;

/// <summary>Parameters of the API definition that the handlers read from the request themselves.</summary>
internal static class ApiParameter
{
    public static OpenApiParameter Query(string name, string description, OpenApiSchema schema, bool required = false) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = required,
        Description = description,
        Schema = schema,
    };

    /// <summary>A comma-separated list in one query parameter.</summary>
    public static OpenApiParameter QueryList(string name, string description, OpenApiSchema schema)
    {
        var parameter = Query(name, description, schema);
        parameter.Style = ParameterStyle.Form;
        parameter.Explode = false;
        return parameter;
    }

    public static OpenApiParameter Path(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Path,
        Required = true,
        Description = description,
        Schema = schema,
    };
}
