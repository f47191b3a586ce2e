using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Hosting;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Sharing.Images;

namespace OpportunityMap.Server.Sharing;

/// <summary>
/// <c>GET /map.png</c>: a view of the map (the same URL parameters as the page and the embed) drawn on the server
/// from the vector data, with title, legend and sources, for articles and social cards.
/// </summary>
internal static class MapImageEndpoints
{
    public static IEndpointRouteBuilder MapMapImage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/map.png", GetImage)
            .AddEndpointFilter<ConditionalGetFilter>()
            .WithName("map-image")
            .WithSummary("A map view as a PNG image (view parameters as on the map page; width and height 200-2048)")
            .WithTags("Map");
        return app;
    }

    private static async Task<IResult> GetImage(HttpRequest request, IFeatureStore store, MapImageService images, CancellationToken cancellationToken)
    {
        var view = MapView.Parse(request.Query);
        var png = await images.GetAsync(store, view, cancellationToken);
        return TypedResults.File(png, "image/png");
    }
}
