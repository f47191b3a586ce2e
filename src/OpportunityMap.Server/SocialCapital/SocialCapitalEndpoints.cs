using OpportunityMap.Server.Nation;

namespace OpportunityMap.Server.SocialCapital;

/// <summary><c>/api/report/social-capital</c>: the Social Capital Atlas's ZIP measures by Charlotte's 1935 grades.</summary>
internal static class SocialCapitalEndpoints
{
    public static IEndpointRouteBuilder MapSocialCapital(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/report/social-capital", GetReport)
            .CachedByGeneration()
            .WithName("report-social-capital")
            .WithTags("Analysis")
            .WithSummary("Economic connectedness and the other Social Capital Atlas measures by 1935 grade, with standard errors")
            .WithDescription("Each measure of the zip-social-capital collection blended over the ZIP codes, weighted by the share of the ZIP's land in the grade x its people below the national median socioeconomic status (num_below_p50). See docs/data.md, \"Social capital\".")
            .WithParameters(
                NationFormats.Language,
                NationFormats.Parameter)
            .Returns("A row per grade, the ungraded rest and the county, with the method and sources", MediaTypes.Json, MediaTypes.Csv)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetReport(
        HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        if (!NationFormats.TryRead(request, out var csv, out var strings, out var invalid))
        {
            return invalid;
        }

        return await SocialCapitalReport.ForAsync(generation, cancellationToken) is { } report
            ? NationFormats.Respond(csv, () => SocialCapitalWriter.WriteCsv(report, strings), writer => SocialCapitalWriter.WriteJson(writer, report, strings))
            : Problems.CollectionNotFound(LayerIds.SocialCapital);
    }

    /// <summary>Builds the report as soon as a generation is served (34 ZIP codes: cheap).</summary>
    internal sealed class Warmup : IGenerationWarmup
    {
        public Task WarmAsync(DataGeneration generation, CancellationToken cancellationToken) => SocialCapitalReport.ForAsync(generation, cancellationToken);
    }
}
