namespace OpportunityMap.Server.Tests;

/// <summary>Reads features through the OGC API, so card and search tests check against what users can see.</summary>
internal static class ResidentData
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static async Task<JsonElement> Feature(HttpClient client, string collection, string id) =>
        await client.GetGeoJson($"/collections/{collection}/items/{Uri.EscapeDataString(id)}");

    public static Geometry Geometry(JsonElement feature) => feature.GetProperty("geometry").Deserialize<Geometry>(GeoJson)!;

    public static async Task<Point> InteriorPoint(HttpClient client, string collection, string id) =>
        Geometry(await Feature(client, collection, id)).InteriorPoint;

    public static string CardUrl(Point point, string query = "") =>
        FormattableString.Invariant($"/api/card?lon={point.X:R}&lat={point.Y:R}{query}");
}
