namespace OpportunityMap.Server.Tests;

/// <summary>
/// The words that give English away in a Spanish text: every word of the English catalogue (wwwroot/i18n/en.json)
/// that the Spanish catalogue never uses outside a proper name. Proper names (of works, agencies, the HOLC, this
/// service, a section of our docs) are the same in both languages and are taken out of a text before it is checked.
/// </summary>
internal static partial class EnglishWords
{
    /// <summary>Names said the same in both languages, longest first so a longer name is removed whole.</summary>
    public static readonly IReadOnlyList<string> ProperNames = new[]
    {
        "Mapping Inequality: Redlining in New Deal America", "The Opportunity Atlas (Opportunity Insights)",
        "Charlotte-Mecklenburg Quality of Life Explorer", "Quality of Life Explorer", "Home Owners’ Loan Corporation",
        "Home Owners' Loan Corporation", "Mapping Inequality", "Opportunity Atlas", "Opportunity Insights", "OpportunityMap",
        "Charlotte-Mecklenburg", "CC BY-NC-SA 4.0", "NC State Plane", "1935 grade vs today", "docs/data.md", "MIT", "HOLC",
        "Charlotte", "Mecklenburg", "NC", "Social Capital Atlas", "Chetty", "Hendren",
        "Kline", "Saez", "Facebook", "et al.", "FIPS",
    }.OrderByDescending(n => n.Length).ToList();

    /// <summary>Words both languages write the same way (a Spanish text may use them).</summary>
    public static readonly IReadOnlyList<string> SharedWords = ["hospital", "individual", "acre", "km", "redlining", "atlas", "capital", "social", "error"];

    /// <summary>The English-only words, lower case.</summary>
    public static IReadOnlySet<string> List { get; } = Build();

    /// <summary>The English-only words of <paramref name="text"/> once its proper names are taken out.</summary>
    public static IReadOnlyList<string> In(string text) =>
        [.. Words(WithoutProperNames(text)).Where(List.Contains).Distinct(StringComparer.Ordinal)];

    /// <summary>Every string value of <paramref name="json"/> with its path (<c>rows[].category</c>), for the checks to pick from.</summary>
    public static IEnumerable<(string Path, string Text)> Strings(JsonElement json, string path = "")
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                yield return (path, json.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in json.EnumerateArray().SelectMany(item => Strings(item, path + "[]")))
                {
                    yield return item;
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in json.EnumerateObject())
                {
                    foreach (var item in Strings(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}"))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }

    private static string WithoutProperNames(string text) =>
        ProperNames.Aggregate(text, (current, name) => current.Replace(name, " ", StringComparison.Ordinal));

    // Words of letters: a placeholder's name, an identifier (city_key, *_year, D8) and a single letter (a grade, an
    // article) are not words of the text.
    private static IEnumerable<string> Words(string text) =>
        Word().Matches(Placeholder().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length > 1 && w.All(char.IsLetter));

    // Spanish words are those a Spanish text uses where its English twin does not: a word a translation kept from the
    // English (a leak, or a word shared by both languages) counts as English unless it is listed in SharedWords.
    private static HashSet<string> Build()
    {
        var english = TranslationCatalogueTests.Catalogue("en");
        var spanish = TranslationCatalogueTests.Catalogue("es")
            .SelectMany(p => Words(WithoutProperNames(p.Value)).Except(Words(english.GetValueOrDefault(p.Key, ""))))
            .Concat(SharedWords)
            .ToHashSet(StringComparer.Ordinal);
        return english.Values.SelectMany(Words).Where(w => !spanish.Contains(w)).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
