namespace OpportunityMap.Server.Resident;

/// <summary>
/// A thing search can find: its normalised keys (<see cref="SearchText"/>), its rank among kinds, and its result in
/// each language.
/// </summary>
internal sealed record SearchEntry(IReadOnlyList<string> Keys, int KindOrder, IReadOnlyDictionary<string, SearchResult> ByLanguage)
{
    /// <summary>0 exact, 1 prefix, 2 word prefix, 3 contains; null = no match. The best tier over the keys.</summary>
    public int? Tier(string query)
    {
        int? best = null;
        foreach (var key in Keys)
        {
            int? tier = key == query ? 0
                : key.StartsWith(query, StringComparison.Ordinal) ? 1
                : key.Contains(' ' + query, StringComparison.Ordinal) ? 2
                : key.Contains(query, StringComparison.Ordinal) ? 3
                : null;
            if (tier < best || best is null)
            {
                best = tier;
            }
        }

        return best;
    }
}
