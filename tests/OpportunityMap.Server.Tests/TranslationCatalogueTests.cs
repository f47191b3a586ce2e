using OpportunityMap.Ingest.National;
using OpportunityMap.Server.Localization;
using OpportunityMap.Server.Sharing;

namespace OpportunityMap.Server.Tests;

/// <summary>
/// The one string catalogue of page and server (wwwroot/i18n): English and Spanish have the same keys and placeholders;
/// every key the scripts name literally (<c>t('…')</c>, <c>data-i18n</c>) and every key the server asks for (through
/// <see cref="Strings"/>) is in them; and every phrase of the real data a resident reads has its Spanish.
/// </summary>
public sealed partial class TranslationCatalogueTests(RealDataApp app)
{
    private static readonly string WebRoot = Path.Combine(TestPaths.RepoRoot, "wwwroot");

    internal static Dictionary<string, string> Catalogue(string lang)
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

    [Fact]
    public async Task EveryKeyTheServerAsksFor_IsInBothCatalogues()
    {
        var english = Catalogue("en");
        var spanish = Catalogue("es");
        var literal = new SortedSet<string>(StringComparer.Ordinal);
        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        var templates = new SortedSet<string>(StringComparer.Ordinal);
        var server = Path.Combine(TestPaths.RepoRoot, "src", "OpportunityMap.Server");
        foreach (var file in Directory.EnumerateFiles(server, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (Match match in ServerKey().Matches(File.ReadAllText(file)))
            {
                var key = match.Groups["key"].Value;
                if (match.Groups["method"].Value == "WithPrefix")
                {
                    prefixes.Add(key);
                }
                else if (match.Groups["interpolated"].Success)
                {
                    templates.Add(Hole().Replace(key, "*"));
                }
                else
                {
                    literal.Add(key);
                }
            }
        }

        // What a key built from data can end in: the values the real data has (and the views the server names).
        var domains = await DynamicKeyDomainsAsync();
        Assert.True(literal.Count > 30, $"only {literal.Count} literal keys found: the pattern no longer matches the server's calls");
        Assert.Empty(templates.Except(domains.Keys, StringComparer.Ordinal));
        var asked = literal.Concat(templates.SelectMany(t => domains[t].Select(value => t.Replace("*", value, StringComparison.Ordinal)))).ToList();
        var missing = asked.Where(key => !english.ContainsKey(key) || !spanish.ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, $"keys the server asks for that a catalogue lacks: {string.Join(", ", missing)}");
        Assert.All(prefixes, prefix => Assert.Contains(spanish.Keys, key => key.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task EveryPhraseOfTheData_HasItsSpanish_AndNoTranslationIsOfWordsTheDataNoLongerHas()
    {
        var english = Catalogue("en");
        var generation = await app.Factory.Services.GetRequiredService<GenerationSource>().CurrentAsync(TestContext.Current.CancellationToken);
        // The national tables' sources are read by the server on demand, not layers, and are written in Spanish too.
        var tables = NationalTables.Open(TestPaths.Geodata, Path.Combine(TestPaths.ProjectGeodata, "manifest.json"));
        var tableSources = new[] { NationalTables.CountyBenchmarks, NationalTables.HolcCities }.SelectMany(id => tables.Describe(id)!.Sources);
        var phrases = generation.Layers.SelectMany(DataPhrases).Concat(tableSources.SelectMany(SourcePhrases))
            .Where(p => p.Any(char.IsLetter) && !EnglishWords.ProperNames.Contains(p))
            .ToHashSet(StringComparer.Ordinal);
        var translated = english.Where(p => p.Key.StartsWith(Strings.DataPrefix, StringComparison.Ordinal)).Select(p => p.Value).ToList();

        Assert.True(phrases.Count > 80, $"only {phrases.Count} phrases read from the data");
        Assert.Empty(phrases.Except(translated, StringComparer.Ordinal));
        Assert.Empty(translated.Except(phrases, StringComparer.Ordinal));
        Assert.Equal(translated.Count, translated.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EnglishWords_AreTheCataloguesEnglishOnlyWords()
    {
        // The check of Spanish answers is only as good as this list: it must hold the common words of English.
        Assert.Superset(new HashSet<string>(["the", "of", "and", "with", "income", "neighborhood", "sources", "county", "school", "today", "licence"]),
            new HashSet<string>(EnglishWords.List));
        Assert.DoesNotContain("hospital", EnglishWords.List); // the same word in Spanish
    }

    // Title, description, property titles, and each source's name, licence and vintages: what LayerWords translates.
    private static IEnumerable<string> DataPhrases(LayerMetadata layer) =>
        new[] { layer.Title, layer.Description }
            .Concat(layer.Properties.Select(p => p.Title))
            .Concat(layer.Sources.SelectMany(SourcePhrases));

    private static IEnumerable<string> SourcePhrases(LayerSource source) => source.Vintage.Split("; ").Append(source.Name).Append(source.Licence);

    private async Task<Dictionary<string, IReadOnlyList<string>>> DynamicKeyDomainsAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var generation = await app.Factory.Services.GetRequiredService<GenerationSource>().CurrentAsync(cancellationToken);
        async Task<IReadOnlyList<string>> Values(string layerId, string property)
        {
            var layer = await generation.LayerAsync(layerId, cancellationToken);
            var index = layer.Metadata.IndexOf(property);
            return [.. layer.Features.Select(f => f.Values[index] as string).OfType<string>().Distinct(StringComparer.Ordinal)];
        }

        var neighborhoods = generation.FindLayer(LayerIds.Neighborhoods)!;
        IReadOnlyList<string> metrics = [.. neighborhoods.Properties
            .Where(p => p.Type == PropertyType.Number && neighborhoods.IndexOf($"{p.Name}_year") >= 0).Select(p => p.Name)];
        var grades = await Values(LayerIds.Redlining, "grade");
        var categories = await Values(LayerIds.Resources, "category");
        Assert.Equal(4, grades.Count);
        Assert.Equal(12, metrics.Count);
        return new(StringComparer.Ordinal)
        {
            ["holc.category.*"] = grades,
            ["category.*.one"] = categories,
            ["category.*.other"] = categories,
            ["metric.*"] = metrics,
            ["metric.*.value"] = metrics,
            ["share.layer.*"] = ViewState.KnownLayers,
            ["card.group.*"] = Resident.CardBuilder.Groups3,
            ["csv.column.*"] = Analysis.ReportWriter.DescribedColumns,
        };
    }

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    // strings.Text("a.b"), .Format($"a.{x}.b", …), .Find(…), .WithPrefix(…): the server's only ways into the catalogue.
    [GeneratedRegex(@"\.(?<method>Text|Format|Find|WithPrefix)\(\s*(?<interpolated>\$)?""(?<key>[^""]*)""")]
    private static partial Regex ServerKey();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Hole();

    // t('a.b'), t("a.b", …): a literal key with at least one dot (dynamic keys such as t(`lang.${x}`) are skipped).
    [GeneratedRegex(@"\bt\(\s*'([a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)+)'")]
    private static partial Regex ScriptKey();

    [GeneratedRegex(@"data-i18n=""([^""{]+)""")]
    private static partial Regex PageKey();

    [GeneratedRegex(@"data-i18n-attr=""([^""{]+)""")]
    private static partial Regex PageAttributeKeys();
}
