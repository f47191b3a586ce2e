using System.Collections.Frozen;

namespace OpportunityMap.Server.Localization;

/// <summary>
/// The words of one language, from the one catalogue the page also reads (wwwroot/i18n/{lang}.json, embedded in this
/// assembly at build): flat keys, <c>{name}</c> placeholders, English for any key a language lacks (as the page's
/// <c>t()</c> does). Every read goes through <see cref="Text"/>, <see cref="Format"/>, <see cref="Find"/> or
/// <see cref="WithPrefix"/> with the key written out, so a test can find every key the server asks for.
/// Immutable and shared: thread-safe.
/// </summary>
internal sealed class Strings
{
    public const string English = "en";

    /// <summary>Keys of this family translate the data's own English words (see <see cref="Data"/>).</summary>
    public const string DataPrefix = "data.";

    public static readonly IReadOnlyList<string> Languages = [English, "es"];

    private static readonly FrozenDictionary<string, string> EnglishWords = Load(English);

    // The data's English phrase → its data.* key, to find the translation of a phrase the data carries.
    private static readonly FrozenDictionary<string, string> DataKeys = EnglishWords
        .Where(p => p.Key.StartsWith(DataPrefix, StringComparison.Ordinal))
        .ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Strings> ByLanguage = Languages.ToFrozenDictionary(
        lang => lang,
        lang => new Strings(lang, lang == English ? EnglishWords : EnglishWords.Concat(Load(lang)).GroupBy(p => p.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal)));

    private readonly FrozenDictionary<string, string> _words;

    private Strings(string language, FrozenDictionary<string, string> words)
    {
        Language = language;
        _words = words;
    }

    public string Language { get; }

    public static Strings For(string language) => ByLanguage[language];

    public static bool IsLanguage(string? language) => language is not null && ByLanguage.ContainsKey(language);

    /// <summary>The text of <paramref name="key"/>; a key the catalogue lacks is a bug, so it throws.</summary>
    public string Text(string key) =>
        _words.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"wwwroot/i18n/{Language}.json has no '{key}'");

    /// <summary>The text of <paramref name="key"/>, or null when the catalogue has none (a data value without words).</summary>
    public string? Find(string key) => _words.GetValueOrDefault(key);

    /// <summary>
    /// The text of <paramref name="key"/> with each <c>{name}</c> replaced by its value (invariant culture); a
    /// placeholder without a value stays as written, as on the page.
    /// </summary>
    public string Format(string key, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        var text = Text(key);
        var result = new StringBuilder(text.Length + 16);
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf('{', at);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            result.Append(text, at, open - at);
            var name = text.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (placeholder, value) in values)
            {
                if (name.SequenceEqual(placeholder) && value is not null)
                {
                    result.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                result.Append(text, open, close - open + 1);
            }

            at = close + 1;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Every text whose key starts with <paramref name="prefix"/>, keyed by the rest of the key, in key order.</summary>
    public IReadOnlyDictionary<string, string> WithPrefix(string prefix) =>
        _words.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);

    /// <summary>
    /// A phrase of the data (a layer's title, a source's licence, a vintage) in this language. The data's English is
    /// its own; a translation is a <c>data.*</c> key whose English is exactly this phrase, so changed data words are
    /// shown as they are rather than with the translation of other words.
    /// </summary>
    public string Data(string english) =>
        Language != English && DataKeys.TryGetValue(english, out var key) ? Text(key) : english;

    private static FrozenDictionary<string, string> Load(string language)
    {
        var name = $"OpportunityMap.Server.i18n.{language}.json";
        using var stream = typeof(Strings).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing embedded resource {name} (wwwroot/i18n/{language}.json)");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
