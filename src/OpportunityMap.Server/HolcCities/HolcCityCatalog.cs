using NetTopologySuite.Geometries;
using OpportunityMap.Core.Querying;

namespace OpportunityMap.Server.HolcCities;

/// <summary>
/// The city list of the national HOLC layer, computed once per data version (a reload or a new PostGIS load gives a
/// new version and so a new list).
/// </summary>
internal sealed class HolcCityCatalog
{
    public const string LayerId = "redlining-national";

    // Above the layer's 7,499 areas with room to grow; the list is built from one query.
    private const int MaxAreas = 1_000_000;

    private volatile Entry? _entry;

    /// <summary>The cities sorted by key, or null when the store has no national layer.</summary>
    public async Task<IReadOnlyList<HolcCity>?> GetAsync(IFeatureStore store, CancellationToken cancellationToken)
    {
        var version = await store.GetDataVersionAsync(cancellationToken);
        if (_entry is { } entry && entry.Version == version)
        {
            return entry.Cities;
        }

        var layers = await store.GetLayersAsync(cancellationToken);
        var layer = layers.FirstOrDefault(l => l.Id == LayerId);
        IReadOnlyList<HolcCity>? cities = null;
        if (layer is not null)
        {
            var (key, city, state, grade) = (layer.IndexOf("city_key"), layer.IndexOf("city"), layer.IndexOf("state"), layer.IndexOf("grade"));
            var page = await store.QueryAsync(LayerId, new FeatureQuery(null, [], MaxAreas, 0), cancellationToken);
            cities = [.. page.Features
                .GroupBy(f => (string)f.Values[key]!, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var extent = new Envelope();
                    foreach (var feature in g)
                    {
                        extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
                    }

                    var first = g.First();
                    var grades = g.GroupBy(f => (string?)f.Values[grade] ?? "").OrderBy(x => x.Key, StringComparer.Ordinal)
                        .ToDictionary(x => x.Key, x => x.Count());
                    return new HolcCity(g.Key, (string)first.Values[city]!, (string)first.Values[state]!, g.Count(), grades,
                        [extent.MinX, extent.MinY, extent.MaxX, extent.MaxY], [extent.Centre.X, extent.Centre.Y]);
                })];
        }

        _entry = new Entry(version, cities);
        return cities;
    }

    private sealed record Entry(string Version, IReadOnlyList<HolcCity>? Cities);
}
