using Microsoft.Net.Http.Headers;
using OpportunityMap.Server.Downloads;

namespace OpportunityMap.Server.Analysis;

/// <summary>Area summaries (a drawn polygon or a named area) and the 1935 grade vs today report.</summary>
internal static class AnalysisEndpoints
{
    /// <summary>The layers whose features can be summarised by name.</summary>
    public static readonly IReadOnlyList<string> NamedLayers = [LayerIds.Zips, LayerIds.Tracts, LayerIds.Neighborhoods, LayerIds.Redlining];

    private const string SummaryDescription =
        "Area and county coverage, land by 1935 grade, children-weighted mobility, resources by category and per km², neighborhood metrics, sources";

    private static readonly OpenApiParameter Format = ApiParameter.Query("f",
        "json or csv; without f, an Accept header that names text/csv before any JSON type gets CSV", ApiSchema.Enum(["json", "csv"]));

    public static IServiceCollection AddAnalysis(this IServiceCollection services) =>
        services.AddSingleton<IGenerationWarmup, Analyzers.Warmup>()
            .AddSingleton(sp => AreaLimits.For(sp.GetRequiredService<IOptions<Options.AnalysisOptions>>().Value, DataGeneration.Projection));

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analysis");
        group.MapPost("/summary", PostSummary).WithName("summary-post").WithWorkBudget()
            .WithSummary("Summary of a GeoJSON polygon: area, 1935 grade mix, mobility, resources, neighborhood metrics")
            .WithDescription("The polygon is repaired when it is invalid (input.repaired says so). See docs/analysis.md.")
            .WithParameters(Format)
            .WithRequestBody("A GeoJSON Polygon or MultiPolygon, or a Feature holding one, in lon/lat", MediaTypes.GeoJson, MediaTypes.Json)
            .Returns(SummaryDescription, MediaTypes.Json, MediaTypes.Csv)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/summary", GetSummary).WithName("summary").CachedByGeneration().WithWorkBudget()
            .WithSummary("Summary of a named ZIP, tract, neighborhood or HOLC area (layer and id)")
            .WithParameters(
                ApiParameter.Query("layer", "The collection of the area", ApiSchema.Enum(NamedLayers), required: true),
                ApiParameter.Query("id", "The area's feature id in that collection", ApiSchema.String(), required: true),
                Format)
            .Returns(SummaryDescription, MediaTypes.Json, MediaTypes.Csv)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/report/holc-vs-today", GetReport).WithName("report-holc-vs-today").CachedByGeneration().WithWorkBudget()
            .WithSummary("For each 1935 grade, and the ungraded rest of the county: mobility, resource access and counts today")
            .WithParameters(Format)
            .Returns("A row per grade, and the county as a whole", MediaTypes.Json, MediaTypes.Csv);
        return app;
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> PostSummary(
        HttpRequest request, DataGeneration generation, AreaLimits limits, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !(contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
                 || contentType.MediaType.Equals(MediaTypes.GeoJson, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(ProblemMessages.ContentType, statusCode: StatusCodes.Status415UnsupportedMediaType, title: ProblemMessages.ContentTypeTitle);
        }

        if (WantsCsv(request, out var formatError) is not { } csv)
        {
            return formatError!;
        }

        if (!LanguageQuery.TryRead(request, out var strings, out var langError))
        {
            return langError;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException e)
        {
            return AreaProblem(string.Format(CultureInfo.InvariantCulture, ProblemMessages.AreaNotJson, e.Message));
        }

        using (document)
        {
            if (AreaInput.Parse(document.RootElement, limits, out var repaired, out var error) is not { } area)
            {
                return AreaProblem(error);
            }

            var analyzer = await Analyzers.ForAsync(generation, cancellationToken);
            return Respond(request, generation, analyzer, analyzer.Summarize(area, cancellationToken), new SummaryInput(null, null, repaired), csv, strings);
        }
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetSummary(
        string? layer, string? id, HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        if (WantsCsv(request, out var formatError) is not { } csv)
        {
            return formatError!;
        }

        if (!LanguageQuery.TryRead(request, out var strings, out var langError))
        {
            return langError;
        }

        if (string.IsNullOrEmpty(layer) || string.IsNullOrEmpty(id))
        {
            return Problems.Invalid(string.IsNullOrEmpty(layer) ? "layer" : "id", ProblemMessages.SummaryParameters);
        }

        if (!NamedLayers.Contains(layer))
        {
            return Problems.Invalid("layer", string.Format(CultureInfo.InvariantCulture, ProblemMessages.SummaryLayer, string.Join(", ", NamedLayers)));
        }

        if (id.Length > LayerIds.MaxLength)
        {
            return Problems.Invalid("id", string.Format(CultureInfo.InvariantCulture, ProblemMessages.IdTooLong, LayerIds.MaxLength));
        }

        var feature = generation.FindLayer(layer) is null ? null : await generation.Store.GetFeatureAsync(layer, id, cancellationToken);
        if (feature is null)
        {
            return Problems.FeatureNotFound(layer, id);
        }

        var analyzer = await Analyzers.ForAsync(generation, cancellationToken);
        return Respond(request, generation, analyzer, analyzer.Summarize(feature.Geometry, cancellationToken), new SummaryInput(layer, id, false), csv, strings);
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ValidationProblem>> GetReport(
        HttpRequest request, DataGeneration generation, CancellationToken cancellationToken)
    {
        if (WantsCsv(request, out var formatError) is not { } csv)
        {
            return formatError!;
        }

        if (!LanguageQuery.TryRead(request, out var strings, out var langError))
        {
            return langError;
        }

        var analyzer = await Analyzers.ForAsync(generation, cancellationToken);
        var report = analyzer.HolcVsToday();
        if (csv)
        {
            Provenance.AddLinks(request.HttpContext.Response, ReadLayers(generation));
            return TypedResults.Content(ReportWriter.WriteCsv(analyzer, report, strings, RequestUrls.Base(request)), MediaTypes.Csv + "; charset=utf-8");
        }

        return new JsonDocumentResult(MediaTypes.Json, writer => ReportWriter.WriteJson(writer, analyzer, report, strings, RequestUrls.Base(request)));
    }

    private static Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem> Respond(
        HttpRequest request, DataGeneration generation, AreaAnalyzer analyzer, AreaSummary summary, SummaryInput input, bool csv, Strings strings)
    {
        if (!csv)
        {
            return new JsonDocumentResult(MediaTypes.Json, writer => SummaryJson.Write(writer, analyzer, summary, input, strings));
        }

        Provenance.AddLinks(request.HttpContext.Response, ReadLayers(generation));
        return TypedResults.Content(SummaryCsv.Write(analyzer, summary, strings, RequestUrls.Base(request)), MediaTypes.Csv + "; charset=utf-8");
    }

    // The layers an analysis reads, for their licence links.
    private static IEnumerable<LayerMetadata> ReadLayers(DataGeneration generation) =>
        AreaAnalyzer.ReadLayers.Select(generation.FindLayer).OfType<LayerMetadata>();

    // f=csv or f=json wins; otherwise an Accept that names text/csv before any JSON type gets CSV.
    internal static bool? WantsCsv(HttpRequest request, out ValidationProblem? error)
    {
        error = null;
        var f = request.Query["f"];
        if (f.Count > 0)
        {
            if (f.Count == 1 && f[0] is "csv" or "json")
            {
                return f[0] == "csv";
            }

            error = Problems.Invalid("f", string.Format(CultureInfo.InvariantCulture, ProblemMessages.FormatUnsupported, "json, csv"));
            return null;
        }

        var accept = request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault(a =>
            a.MediaType.Equals(MediaTypes.Csv, StringComparison.OrdinalIgnoreCase) || a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);
        return accept?.MediaType.Equals(MediaTypes.Csv, StringComparison.OrdinalIgnoreCase) == true;
    }

    private static ProblemHttpResult AreaProblem(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: ProblemMessages.AreaInvalidTitle);
}
