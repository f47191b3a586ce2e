using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace OpportunityMap.Server.Resident;

/// <summary>The card's and search's server-side strings, from the embedded Resources/card.{lang}.json.</summary>
internal sealed class ResidentStrings
{
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    private static readonly FrozenDictionary<string, ResidentStrings> ByLanguage =
        Languages.ToFrozenDictionary(lang => lang, lang => new ResidentStrings(lang, Load(lang)));

    private readonly FrozenDictionary<string, string> _strings;

    private ResidentStrings(string language, FrozenDictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
    }

    public string Language { get; }

    public static ResidentStrings For(string language) => ByLanguage[language];

    /// <summary>The string for <paramref name="key"/>, or null when this language has none.</summary>
    public string? Find(string key) => _strings.GetValueOrDefault(key);

    /// <summary>The string for <paramref name="key"/>; a missing key is a bug in the resource files, so it throws.</summary>
    public string Get(string key) =>
        _strings.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"card.{Language}.json has no '{key}'");

    /// <summary>Every string whose key starts with <paramref name="prefix"/>, keyed by the rest of the key.</summary>
    public IReadOnlyDictionary<string, string> WithPrefix(string prefix) =>
        _strings.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    private static FrozenDictionary<string, string> Load(string language)
    {
        var name = $"OpportunityMap.Server.Resources.card.{language}.json";
        using var stream = typeof(ResidentStrings).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"missing embedded resource {name}");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
