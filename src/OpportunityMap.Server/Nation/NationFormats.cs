using System.Diagnostics.CodeAnalysis;
using OpportunityMap.Ingest;
using OpportunityMap.Server.Analysis;

namespace OpportunityMap.Server.Nation;

/// <summary>
/// What the national and social-capital endpoints share: <c>f</c> (JSON or CSV) and <c>lang</c>, the answer in
/// either, and the problems when a national table cannot be served.
/// </summary>
internal static class NationFormats
{
    public static readonly OpenApiParameter Parameter = ApiParameter.Query("f",
        "json or csv (with its sources in # lines before the header); without f, an Accept header that names text/csv before any JSON type gets CSV",
        ApiSchema.Enum(["json", "csv"]));

    public static readonly OpenApiParameter Language =
        ApiParameter.Query(LanguageQuery.Parameter, "The language of the words", ApiSchema.Enum(Strings.Languages, Strings.English));

    /// <summary>Reads <c>f</c> and <c>lang</c>, or gives the validation problem to answer with.</summary>
    public static bool TryRead(HttpRequest request, out bool csv, [NotNullWhen(true)] out Strings? strings, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        strings = null;
        csv = AnalysisEndpoints.WantsCsv(request, out problem) ?? false;
        return problem is null && LanguageQuery.TryRead(request, out strings, out problem);
    }

    /// <summary>The table, or the problem: 404 when the manifest names none, 503 when its files cannot be read.</summary>
    public static async Task<(T? Table, ProblemHttpResult? Problem)> ReadAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        try
        {
            return await read() is { } table ? (table, null) : (null, NoTable());
        }
        catch (ImportException e)
        {
            // The file is named; why it failed (and where it was looked for) is in the log.
            return (null, TypedResults.Problem(string.Format(CultureInfo.InvariantCulture, ProblemMessages.NationalTableUnreadable, e.File),
                statusCode: StatusCodes.Status503ServiceUnavailable, title: ProblemMessages.NationalTableUnreadableTitle));
        }
    }

    public static Results<JsonDocumentResult, ContentHttpResult, ProblemHttpResult, ValidationProblem> Respond(
        bool csv, Func<string> writeCsv, Action<Utf8JsonWriter> writeJson) =>
        csv ? TypedResults.Content(writeCsv(), MediaTypes.Csv + "; charset=utf-8") : new JsonDocumentResult(MediaTypes.Json, writeJson);

    private static ProblemHttpResult NoTable() =>
        TypedResults.Problem(ProblemMessages.NoNationalTable, statusCode: StatusCodes.Status404NotFound, title: ProblemMessages.NoNationalTableTitle);
}
