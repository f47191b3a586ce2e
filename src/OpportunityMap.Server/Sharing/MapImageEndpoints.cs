using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// <c>GET /map.png</c>: a view of the map (the same URL parameters as the page and the embed) drawn on the server
/// from the vector data, with title, legend and sources, for articles and social cards.
/// </summary>
internal static class MapImageEndpoints
{
    public static IServiceCollection AddSharing(this IServiceCollection services) =>
        services.AddSingleton<MapFonts>().AddSingleton<MapRenderer>().AddSingleton<MapImageService>();

    public static IEndpointRouteBuilder MapMapImage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/map.png", GetImage)
            .CachedByGeneration()
            .WithWorkBudget()
            .WithName("map-image")
            .WithSummary("A map view as a PNG image (view parameters as on the map page; width and height 200-2048)")
            .WithDescription("Drawn from the vector data with title, legend and source line (no base-map tiles). Malformed values fall back to the defaults.")
            .WithTags("Map")
            .WithParameters(ViewParameters.Image)
            .Returns("The map view", "image/png");
        return app;
    }

    private static async Task<FileContentHttpResult> GetImage(HttpRequest request, DataGeneration generation, MapImageService images, CancellationToken cancellationToken)
    {
        var image = MapImageRequest.Parse(request.Query);
        var png = await images.GetAsync(generation, image, cancellationToken);
        return TypedResults.File(png, "image/png");
    }
}
