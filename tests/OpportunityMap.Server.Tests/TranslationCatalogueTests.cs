using System.Text.Json;
using System.Text.RegularExpressions;
using OpportunityMap.Testing;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The page's translation files (wwwroot/i18n): English and Spanish have the same keys and placeholders, and every key
/// the scripts name literally (<c>t('…')</c>, <c>data-i18n</c>) is in them, so no string falls back to its key.
/// </summary>
public sealed partial class TranslationCatalogueTests
{
    private static readonly string WebRoot = Path.Combine(TestPaths.RepoRoot, "wwwroot");

    private static Dictionary<string, string> Catalogue(string lang)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebRoot, "i18n", $"{lang}.json")));
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    [Fact]
    public void EnglishAndSpanish_HaveTheSameKeys_AndTheSamePlaceholders()
    {
        var english = Catalogue("en");
        var spanish = Catalogue("es");

        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            var placeholders = Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);
            Assert.True(
                placeholders.SequenceEqual(Placeholder().Matches(spanish[key]).Select(m => m.Value).Order(StringComparer.Ordinal)),
                $"{key}: '{text}' and '{spanish[key]}' have different placeholders");
        }
    }

    [Fact]
    public void EveryKeyTheScriptsAndPagesName_IsInTheCatalogue()
    {
        var english = Catalogue("en");
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(WebRoot, "js"), "*.js", SearchOption.AllDirectories))
        {
            foreach (Match match in ScriptKey().Matches(File.ReadAllText(file)))
            {
                used.Add(match.Groups[1].Value);
            }
        }

        foreach (var file in Directory.EnumerateFiles(WebRoot, "*.html"))
        {
            var html = File.ReadAllText(file);
            used.UnionWith(PageKey().Matches(html).Select(m => m.Groups[1].Value));
            used.UnionWith(PageAttributeKeys().Matches(html).SelectMany(m => m.Groups[1].Value.Split(';')).Select(p => p.Split(':')[^1].Trim()));
        }

        Assert.True(used.Count > 100, $"only {used.Count} keys found: the patterns no longer match the scripts");
        Assert.Empty(used.Except(english.Keys, StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    // t('a.b'), t("a.b", …): a literal key with at least one dot (dynamic keys such as t(`lang.${x}`) are skipped).
    [GeneratedRegex(@"\bt\(\s*'([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)+)'")]
    private static partial Regex ScriptKey();

    [GeneratedRegex(@"data-i18n=""([^""{]+)""")]
    private static partial Regex PageKey();

    [GeneratedRegex(@"data-i18n-attr=""([^""{]+)""")]
    private static partial Regex PageAttributeKeys();
}
