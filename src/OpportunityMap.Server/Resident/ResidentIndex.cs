using System.Collections.Frozen;
using NetTopologySuite.Geometries;
using OpportunityMap.Core.Layers;
using OpportunityMap.Core.Querying;
using OpportunityMap.Core.Spatial;

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

    public static async Task<ResidentIndex> BuildAsync(IFeatureStore store, IProjection projection, CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken);
        var layers = (await store.GetLayersAsync(cancellationToken)).ToFrozenDictionary(l => l.Id, StringComparer.Ordinal);
        var entries = new List<SearchEntry>();
        var resources = new Dictionary<string, List<ProjectedResource>>(StringComparer.Ordinal);
        foreach (var (id, layer) in layers)
        {
            if (!SearchEntries.Indexes(id))
            {
                continue;
            }

            var page = await store.QueryAsync(id, FeatureQuery.All(), cancellationToken);
            foreach (var feature in page.Features)
            {
                entries.Add(SearchEntries.Create(layer, feature));
                if (id == LayerIds.Resources && layer.Text(feature, "category") is { } category && feature.Geometry is Point point)
                {
                    if (!resources.TryGetValue(category, out var list))
                    {
                        resources[category] = list = [];
                    }

                    list.Add(new ProjectedResource(feature, (Point)projection.Project(point)));
                }
            }
        }

        return new ResidentIndex(version, layers, entries,
            resources.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The best <paramref name="limit"/> entries for a query (docs/api.md, Search: tier, kind, label).</summary>
    public IReadOnlyList<SearchResult> Search(string query, string language, int limit)
    {
        var normalized = SearchText.Normalize(query);
        if (normalized.Length == 0)
        {
            return [];
        }

        return _entries
            .Select(entry => (Entry: entry, Tier: entry.Tier(normalized)))
            .Where(match => match.Tier is not null)
            .Select(match => (match.Tier, match.Entry.KindOrder, Result: match.Entry.ByLanguage[language]))
            .OrderBy(match => match.Tier)
            .ThenBy(match => match.KindOrder)
            .ThenBy(match => match.Result.Label, StringComparer.Ordinal)
            .ThenBy(match => match.Result.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(match => match.Result)
            .ToList();
    }
}
