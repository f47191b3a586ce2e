using OpportunityMap.Core.Nation;
using OpportunityMap.Server.Nation;

namespace OpportunityMap.Server.Benchmarks;

/// <summary><c>/api/benchmarks</c>: where a county and its commuting zone stand among US counties and zones.</summary>
internal static class BenchmarksEndpoints
{
    /// <summary>Mecklenburg County, the service's own.</summary>
    public const string DefaultCounty = "37119";

    public static IEndpointRouteBuilder MapBenchmarks(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/benchmarks", GetBenchmarks)
            .CachedByGeneration()
            .WithName("benchmarks")
            .WithTags("Nation")
            .WithSummary("Where a county and its commuting zone stand in the nation: upward mobility with its standard error, rank and percentile among US counties and the state's, by race; the commuting zone's rank among the 50 largest")
            .WithDescription("From the Opportunity Atlas county file (kfr_*_pooled_p25, rank scale 0-1) and its county to commuting zone crosswalk. Each rank comes with the band of ranks its standard error cannot tell apart (values closer than 1.96 × √(se₁² + se₂²)). The commuting zone ranking approximates, and does not reproduce, the measure of the 2014 ranking of the 50 largest cities. See docs/data.md, \"Benchmarks\".")
            .WithParameters(
                ApiParameter.Query("county", "The county's five-digit FIPS code (state and county)", ApiSchema.String("^[0-9]{5}$"), required: false),
                NationFormats.Language,
                NationFormats.Parameter)
            .Returns("The county's benchmarks with their method and sources", MediaTypes.Json, MediaTypes.Csv)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetBenchmarks(
        string? county, HttpRequest request, DataGeneration generation, NationalData data, CancellationToken cancellationToken)
    {
        if (!NationFormats.TryRead(request, out var csv, out var strings, out var invalid))
        {
            return invalid;
        }

        county ??= DefaultCounty;
        if (county.Length != 5 || !county.All(char.IsAsciiDigit))
        {
            return Problems.Invalid("county", ProblemMessages.CountyFips);
        }

        var (table, problem) = await NationFormats.ReadAsync(() => data.CountiesAsync(generation, cancellationToken));
        if (table is null)
        {
            return problem!;
        }

        if (CountyBenchmarks.For(table.Counties, county) is not { } benchmark)
        {
            return TypedResults.Problem(string.Format(CultureInfo.InvariantCulture, ProblemMessages.CountyNotFound, county),
                statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.CountyNotFoundTitle);
        }

        var words = new BenchmarkWords(strings);
        return NationFormats.Respond(csv, () => BenchmarksCsv.Write(benchmark, table.Table.Sources, words),
            writer => BenchmarksJson.Write(writer, benchmark, table.Table.Sources, words));
    }
}
