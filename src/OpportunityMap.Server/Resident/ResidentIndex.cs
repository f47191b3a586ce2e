using System.Collections.Frozen;

namespace OpportunityMap.Server.Resident;

/// <summary>
/// What the card and search read once per data version: the layers' metadata, the search entries, and the resource
/// points projected to NC State Plane for distances. Immutable once built, so requests share it.
/// </summary>
internal sealed class ResidentIndex
{
    private readonly IReadOnlyList<SearchEntry> _entries;

    private ResidentIndex(
        string dataVersion, FrozenDictionary<string, LayerMetadata> layers, IReadOnlyList<SearchEntry> entries,
        FrozenDictionary<string, ProjectedResource[]> resources)
    {
        DataVersion = dataVersion;
        Layers = layers;
        _entries = entries;
        Resources = resources;
    }

    public string DataVersion { get; }

    public FrozenDictionary<string, LayerMetadata> Layers { get; }

    /// <summary>Resource points by category, each with its point in EPSG:2264.</summary>
    public FrozenDictionary<string, ProjectedResource[]> Resources { get; }

    /// <summary>The index of <paramref name="generation"/>: built once (in the background when it starts), then shared.</summary>
    public static Task<ResidentIndex> ForAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        generation.GetAsync(nameof(ResidentIndex), BuildAsync, cancellationToken);

    private static async Task<ResidentIndex> BuildAsync(DataGeneration generation, CancellationToken cancellationToken)
    {
        var layers = generation.Layers.ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        var entries = new List<SearchEntry>();
        var resources = new Dictionary<string, List<ProjectedResource>>(StringComparer.Ordinal);
        foreach (var (id, layer) in layers)
        {
            if (!SearchEntries.Indexes(id))
            {
                continue;
            }

            var features = (await generation.LayerAsync(id, cancellationToken)).Features;
            entries.AddRange(features.Select(feature => SearchEntries.Create(layer, feature)));
            if (id != LayerIds.Resources)
            {
                continue;
            }

            var projected = await generation.ProjectedAsync(id, cancellationToken);
            for (var i = 0; i < features.Count; i++)
            {
                if (layer.Text(features[i], "category") is { } category && projected.Geometries[i] is Point point)
                {
                    if (!resources.TryGetValue(category, out var list))
                    {
                        resources[category] = list = [];
                    }

                    list.Add(new ProjectedResource(features[i], point));
                }
            }
        }

        if (layers.ContainsKey(LayerIds.Redlining) && layers.ContainsKey(LayerIds.Tracts))
        {
            var aliases = HolcAliases.Find(
                await generation.ProjectedAsync(LayerIds.Redlining, cancellationToken), await generation.ProjectedAsync(LayerIds.Tracts, cancellationToken));
            for (var i = 0; i < entries.Count; i++)
            {
                var result = entries[i].ByLanguage[Localization.Strings.English];
                if (result.Collection == LayerIds.Redlining && result.Id is { } id && aliases.TryGetValue(id, out var names))
                {
                    entries[i] = entries[i] with { Aliases = [.. names.Select(n => (n, SearchText.Normalize(n)))] };
                }
            }
        }

        return new ResidentIndex(generation.Version, layers, entries,
            resources.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>Builds the index as soon as a generation is served.</summary>
    internal sealed class Warmup : IGenerationWarmup
    {
        public Task WarmAsync(DataGeneration generation, CancellationToken cancellationToken) => ForAsync(generation, cancellationToken);
    }

    // A 1935 area found by a name it is known by today: "Biddleville · 1935 area D6".
    private static SearchResult Aliased(SearchResult result, string alias, string language) => result with
    {
        Label = Localization.Strings.For(language).Format("card.place.named", ("name", alias), ("kind", Localization.Strings.For(language).Format("card.place.holc", ("id", result.Label)))),
        Match = alias,
    };

    /// <summary>The best <paramref name="limit"/> entries for a query (docs/api.md, Search: tier, kind, label).</summary>
    public IReadOnlyList<SearchResult> Search(string query, string language, int limit)
    {
        var normalized = SearchText.Normalize(query);
        if (normalized.Length == 0)
        {
            return [];
        }

        return _entries
            .Select(entry => (Entry: entry, Match: entry.Match(normalized)))
            .Where(match => match.Match.Tier is not null)
            .Select(match => (match.Match.Tier, match.Entry.KindOrder,
                Result: match.Match.Alias is { } alias ? Aliased(match.Entry.ByLanguage[language], alias, language) : match.Entry.ByLanguage[language]))
            .OrderBy(match => match.Tier)
            .ThenBy(match => match.KindOrder)
            .ThenBy(match => match.Result.Label, StringComparer.Ordinal)
            .ThenBy(match => match.Result.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(match => match.Result)
            .ToList();
    }
}
