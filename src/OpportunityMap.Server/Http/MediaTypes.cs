namespace OpportunityMap.Server.Http;

internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string ProblemJson = "application/problem+json";
    public const string OpenApiJson = "application/vnd.oai.openapi+json;version=3.0";
    public const string Html = "text/html";
    public const string Csv = "text/csv";
    public const string JsonSchema = "application/schema+json";
    public const string MapboxVectorTile = "application/vnd.mapbox-vector-tile";
}
