using System.Text.Json.Nodes;

namespace OpportunityMap.Server.OpenApi;

/// <summary>The JSON schemas of the API definition's parameters and bodies that the handlers read or write themselves.</summary>
internal static class ApiSchema
{
    public static OpenApiSchema String(string? pattern = null, int? minLength = null, int? maxLength = null) =>
        new() { Type = JsonSchemaType.String, Pattern = pattern, MinLength = minLength, MaxLength = maxLength };

    public static OpenApiSchema Enum(IEnumerable<string> values, string? @default = null) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
        Default = @default is null ? null : JsonValue.Create(@default),
    };

    public static OpenApiSchema Integer(long minimum, long? maximum = null, long? @default = null) => new()
    {
        Type = JsonSchemaType.Integer,
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(CultureInfo.InvariantCulture),
        Default = @default is null ? null : JsonValue.Create(@default.Value),
    };

    public static OpenApiSchema Number(double minimum, double maximum) => new()
    {
        Type = JsonSchemaType.Number,
        Minimum = minimum.ToString(CultureInfo.InvariantCulture),
        Maximum = maximum.ToString(CultureInfo.InvariantCulture),
    };

    public static OpenApiSchema Boolean() => new() { Type = JsonSchemaType.Boolean };

    /// <summary>A comma-separated list in one parameter (<c>style: form, explode: false</c>).</summary>
    public static OpenApiSchema List(OpenApiSchema items, int? minItems = null, int? maxItems = null) =>
        new() { Type = JsonSchemaType.Array, Items = items, MinItems = minItems, MaxItems = maxItems };

    /// <summary>The schema of a body in <paramref name="mediaType"/> whose shape the handler writes itself.</summary>
    public static OpenApiSchema ForMediaType(string mediaType) =>
        mediaType.Contains("json", StringComparison.Ordinal) ? new() { Type = JsonSchemaType.Object }
        : mediaType.StartsWith("text/", StringComparison.Ordinal) ? new() { Type = JsonSchemaType.String }
        : new() { Type = JsonSchemaType.String, Format = "binary" };
}
