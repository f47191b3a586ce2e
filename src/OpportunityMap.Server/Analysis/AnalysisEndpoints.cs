using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OpportunityMap.Core.Analysis;
using OpportunityMap.Core.Querying;
using OpportunityMap.Server.Analysis;
using OpportunityMap.Server.Hosting;
using OpportunityMap.Server.Http;
using OpportunityMap.Server.Ogc;

namespace OpportunityMap.Server.Analysis;

/// <summary>Area summaries (a drawn polygon or a named area) and the 1935 grade vs today report.</summary>
internal static class AnalysisEndpoints
{
    /// <summary>The layers whose features can be summarised by name.</summary>
    public static readonly IReadOnlyList<string> NamedLayers = ["zip-mobility", "tract-mobility", "neighborhoods", "redlining-1935"];

    public static IEndpointRouteBuilder MapAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Analysis");
        group.MapPost("/summary", PostSummary).WithName("summary-post")
            .WithSummary("Summary of a GeoJSON polygon: area, 1935 grade mix, mobility, resources, neighborhood metrics");
        group.MapGet("/summary", GetSummary).WithName("summary").AddEndpointFilter<ConditionalGetFilter>()
            .WithSummary("Summary of a named ZIP, tract, neighborhood or HOLC area (layer and id)");
        group.MapGet("/report/holc-vs-today", GetReport).WithName("report-holc-vs-today").AddEndpointFilter<ConditionalGetFilter>()
            .WithSummary("For each 1935 grade, and the ungraded rest of the county: mobility, resource access and counts today");
        return app;
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> PostSummary(
        HttpRequest request, IFeatureStore store, AnalyzerCache cache, CancellationToken cancellationToken)
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
            if (AreaInput.Parse(document.RootElement, out var repaired, out var error) is not { } area)
            {
                return AreaProblem(error);
            }

            var analyzer = await cache.GetAsync(store, cancellationToken);
            return Respond(analyzer, analyzer.Summarize(area), new SummaryInput(null, null, repaired), csv);
        }
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem>> GetSummary(
        string? layer, string? id, HttpRequest request, IFeatureStore store, AnalyzerCache cache, CancellationToken cancellationToken)
    {
        if (WantsCsv(request, out var formatError) is not { } csv)
        {
            return formatError!;
        }

        if (string.IsNullOrEmpty(layer) || string.IsNullOrEmpty(id))
        {
            return Invalid(string.IsNullOrEmpty(layer) ? "layer" : "id", ProblemMessages.SummaryParameters);
        }

        if (!NamedLayers.Contains(layer))
        {
            return Invalid("layer", string.Format(CultureInfo.InvariantCulture, ProblemMessages.SummaryLayer, string.Join(", ", NamedLayers)));
        }

        if (id.Length > CollectionsEndpoints.MaxIdLength)
        {
            return Invalid("id", string.Format(CultureInfo.InvariantCulture, ProblemMessages.IdTooLong, CollectionsEndpoints.MaxIdLength));
        }

        var layers = await store.GetLayersAsync(cancellationToken);
        var feature = layers.Any(l => l.Id == layer) ? await store.GetFeatureAsync(layer, id, cancellationToken) : null;
        if (feature is null)
        {
            return TypedResults.Problem(
                string.Format(CultureInfo.InvariantCulture, ProblemMessages.FeatureNotFound, layer, id),
                statusCode: StatusCodes.Status404NotFound,
                title: ProblemMessages.FeatureNotFoundTitle);
        }

        var analyzer = await cache.GetAsync(store, cancellationToken);
        return Respond(analyzer, analyzer.Summarize(feature.Geometry), new SummaryInput(layer, id, false), csv);
    }

    private static async Task<Results<JsonDocumentResult, ContentHttpResult, ValidationProblem>> GetReport(
        HttpRequest request, IFeatureStore store, AnalyzerCache cache, CancellationToken cancellationToken)
    {
        if (WantsCsv(request, out var formatError) is not { } csv)
        {
            return formatError!;
        }

        var analyzer = await cache.GetAsync(store, cancellationToken);
        var report = analyzer.HolcVsToday();
        return csv
            ? TypedResults.Content(ReportWriter.WriteCsv(analyzer, report), MediaTypes.Csv + "; charset=utf-8")
            : new JsonDocumentResult(MediaTypes.Json, writer => ReportWriter.WriteJson(writer, analyzer, report));
    }

    private static Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem> Respond(
        AreaAnalyzer analyzer, AreaSummary summary, SummaryInput input, bool csv) =>
        csv
            ? TypedResults.Content(SummaryCsv.Write(summary), MediaTypes.Csv + "; charset=utf-8")
            : new JsonDocumentResult(MediaTypes.Json, writer => SummaryJson.Write(writer, analyzer, summary, input));

    // f=csv or f=json wins; otherwise an Accept that names text/csv before any JSON type gets CSV.
    private static bool? WantsCsv(HttpRequest request, out ValidationProblem? error)
    {
        error = null;
        var f = request.Query["f"];
        if (f.Count > 0)
        {
            if (f.Count == 1 && f[0] is "csv" or "json")
            {
                return f[0] == "csv";
            }

            error = Invalid("f", string.Format(CultureInfo.InvariantCulture, ProblemMessages.FormatUnsupported, "json, csv"));
            return null;
        }

        var accept = request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault(a =>
            a.MediaType.Equals(MediaTypes.Csv, StringComparison.OrdinalIgnoreCase) || a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);
        return accept?.MediaType.Equals(MediaTypes.Csv, StringComparison.OrdinalIgnoreCase) == true;
    }

    private static ValidationProblem Invalid(string parameter, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] }, ProblemMessages.InvalidParameters);

    private static ProblemHttpResult AreaProblem(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: ProblemMessages.AreaInvalidTitle);
}
