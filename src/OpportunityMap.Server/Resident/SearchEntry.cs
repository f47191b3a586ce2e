namespace OpportunityMap.Server.Resident;

/// <summary>
/// A thing search can find: its normalised keys (<see cref="SearchText"/>), its rank among kinds, its result in
/// each language, and the other names it is known by (<see cref="Aliases"/>: display name and normalised key).
/// </summary>
internal sealed record SearchEntry(IReadOnlyList<string> Keys, int KindOrder, IReadOnlyDictionary<string, SearchResult> ByLanguage)
{
    public IReadOnlyList<(string Name, string Key)> Aliases { get; init; } = [];

    /// <summary>0 exact, 1 prefix, 2 word prefix, 3 contains; null = no match. The best tier over the keys.</summary>
    public int? Tier(string query) => Match(query).Tier;

    /// <summary>The best tier over the keys and aliases, and the alias that gave it (null when a key did as well).</summary>
    public (int? Tier, string? Alias) Match(string query)
    {
        int? best = null;
        foreach (var key in Keys)
        {
            if (TierOf(key, query) is { } tier && (best is null || tier < best))
            {
                best = tier;
            }
        }

        string? alias = null;
        foreach (var (name, key) in Aliases)
        {
            if (TierOf(key, query) is { } tier && (best is null || tier < best))
            {
                (best, alias) = (tier, name);
            }
        }

        return (best, alias);
    }

    private static int? TierOf(string key, string query) =>
        key == query ? 0
        : key.StartsWith(query, StringComparison.Ordinal) ? 1
        : key.Contains(' ' + query, StringComparison.Ordinal) ? 2
        : key.Contains(query, StringComparison.Ordinal) ? 3
        : null;
}
