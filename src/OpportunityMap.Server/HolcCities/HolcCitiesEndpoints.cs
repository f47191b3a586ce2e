using Microsoft.AspNetCore.Http.HttpResults;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Generations;
using OpportunityMap.Server.Http;

namespace OpportunityMap.Server.HolcCities;

/// <summary><c>/api/holc-cities</c>: the cities of the national HOLC layer, for the map's city picker.</summary>
internal static class HolcCitiesEndpoints
{
    public static IEndpointRouteBuilder MapHolcCities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/holc-cities", GetCities)
            .CachedByGeneration()
            .WithName("holc-cities")
            .WithSummary("Every city of the national HOLC layer: key, name, state, areas per grade, bbox and centre")
            .WithTags("Map")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<HolcCityList>, ProblemHttpResult>> GetCities(
        DataGeneration generation, CancellationToken cancellationToken)
    {
        var cities = await HolcCityCatalog.ForAsync(generation, cancellationToken);
        return cities is null
            ? TypedResults.Problem(ProblemMessages.NoNationalLayer, statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.NoNationalLayerTitle)
            : TypedResults.Ok(new HolcCityList(cities));
    }

    internal sealed record HolcCityList(IReadOnlyList<HolcCity> Cities);
}
