using Microsoft.Extensions.Options;
using OpportunityMap.Server.Options;

namespace OpportunityMap.Server.Endpoints;

/// <summary>What the map page needs to know about this deployment.</summary>
internal static class MapConfigEndpoints
{
    public static IEndpointRouteBuilder MapMapConfig(this IEndpointRouteBuilder app)
    {
        app.MapGet("/map-config", (IOptions<MapOptions> map, IOptions<GeocoderOptions> geocoder) => TypedResults.Ok(new MapConfig(
                string.IsNullOrWhiteSpace(map.Value.BaseMapUrl) ? null : map.Value.BaseMapUrl,
                string.IsNullOrWhiteSpace(map.Value.BaseMapUrl) ? null : map.Value.BaseMapAttribution,
                geocoder.Value.Enabled)))
            .WithName("map-config")
            .WithSummary("The map page's settings: base map, whether address search is available")
            .WithTags("Map");
        return app;
    }

    internal sealed record MapConfig(string? BaseMapUrl, string? BaseMapAttribution, bool Geocoder);
}
