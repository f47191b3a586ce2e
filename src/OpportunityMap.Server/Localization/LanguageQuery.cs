using System.Diagnostics.CodeAnalysis;

namespace OpportunityMap.Server.Localization;

/// <summary>
/// The <c>lang</c> parameter of the API's JSON and CSV: absent means English; given, it must be one of
/// <see cref="Strings.Languages"/>, exactly and once (a 400 keyed <c>lang</c> otherwise). The map views (/embed,
/// /map.png) read it more leniently, as the page does: a shared link never turns into an error.
/// </summary>
internal static class LanguageQuery
{
    public const string Parameter = "lang";

    /// <summary>The language asked for, or English with <paramref name="error"/> saying what is wrong.</summary>
    public static string Read(IQueryCollection query, out string? error)
    {
        var values = query[Parameter];
        error = values.Count switch
        {
            0 => null,
            > 1 => ProblemMessages.RepeatedParameter,
            _ when Strings.IsLanguage(values[0]) => null,
            _ => string.Format(CultureInfo.InvariantCulture, ProblemMessages.OneOf, Parameter, string.Join(", ", Strings.Languages)),
        };
        return error is null && values.Count == 1 ? values[0]! : Strings.English;
    }

    /// <summary>The words of the language asked for, or the validation problem to answer with.</summary>
    public static bool TryRead(HttpRequest request, [NotNullWhen(true)] out Strings? strings, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var lang = Read(request.Query, out var error);
        strings = error is null ? Strings.For(lang) : null;
        problem = error is null ? null : Problems.Invalid(Parameter, error);
        return error is null;
    }
}
