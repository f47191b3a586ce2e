namespace OpportunityMap.Server.Http;

/// <summary>Absolute URLs for links, from the request's scheme, host and path base.</summary>
internal static class RequestUrls
{
    public static string Base(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string Collection(HttpRequest request, string collectionId) =>
        $"{Base(request)}/collections/{Uri.EscapeDataString(collectionId)}";

    public static string Tiles(HttpRequest request, string collectionId) => Collection(request, collectionId) + "/tiles";

    public static string Items(HttpRequest request, string collectionId) => Collection(request, collectionId) + "/items";

    public static string Item(HttpRequest request, string collectionId, string featureId) =>
        $"{Items(request, collectionId)}/{Uri.EscapeDataString(featureId)}";
}
