using OpportunityMap.Server.Nation;

namespace OpportunityMap.Server.HolcCities;

/// <summary>
/// <c>/api/holc-cities</c>: the cities of the national HOLC layer, for the map's city picker; and
/// <c>/api/report/holc-cities</c>: every city's mobility by 1935 grade.
/// </summary>
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
        app.MapGet("/api/report/holc-cities", GetReport)
            .CachedByGeneration()
            .WithName("report-holc-cities")
            .WithTags("Nation")
            .WithSummary("1935 grade vs today in every HOLC city: household income at 35 by grade, the A-D gap and its rank")
            .WithDescription("Every city of Mapping Inequality's HOLC area to 2010 tract lookup, each grade blended from the Opportunity Atlas's tract values weighted by the tract's share in the area x its children (overlaps under 1% of a tract left out; grades resting on fewer children than minimumChildren flagged and not ranked). See docs/data.md, \"Every HOLC city\".")
            .WithParameters(
                ApiParameter.Query("city", "Only this city: its key, or its key on the map (mapKey, as /api/holc-cities lists it)", ApiSchema.String(maxLength: 100)),
                NationFormats.Language,
                NationFormats.Parameter)
            .Returns("Every city's grades, gap and rank, with the method and sources", MediaTypes.Json, MediaTypes.Csv)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetReport(
        string? city, HttpRequest request, DataGeneration generation, NationalData data, CancellationToken cancellationToken)
    {
        if (!NationFormats.TryRead(request, out var csv, out var strings, out var invalid))
        {
            return invalid;
        }

        var (table, problem) = await NationFormats.ReadAsync(() => data.HolcCitiesAsync(generation, cancellationToken));
        if (table is null)
        {
            return problem!;
        }

        var cities = city is null
            ? table.Report.Cities
            : [.. table.Report.Cities.Where(c => c.CityKey == city || table.MapKey(c) == city)];
        if (cities.Count == 0)
        {
            return TypedResults.Problem(string.Format(CultureInfo.InvariantCulture, ProblemMessages.HolcCityNotFound, city),
                statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.HolcCityNotFoundTitle);
        }

        return NationFormats.Respond(csv, () => HolcCityReportWriter.WriteCsv(table, cities, strings),
            writer => HolcCityReportWriter.WriteJson(writer, table, cities, strings));
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
