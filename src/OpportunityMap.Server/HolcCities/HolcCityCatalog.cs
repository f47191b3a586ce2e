namespace OpportunityMap.Server.HolcCities;

/// <summary>
/// The city list of the national HOLC layer, an artefact of the generation (a reload or a new PostGIS load gives a
/// new generation and so a new list).
/// </summary>
internal static class HolcCityCatalog
{
    /// <summary>The cities sorted by key, or null when the generation has no national layer.</summary>
    public static async Task<IReadOnlyList<HolcCity>?> ForAsync(DataGeneration generation, CancellationToken cancellationToken) =>
        generation.FindLayer(LayerIds.NationalRedlining) is null
            ? null
            : await generation.GetAsync(nameof(HolcCityCatalog), BuildAsync, cancellationToken);

    private static async Task<IReadOnlyList<HolcCity>> BuildAsync(DataGeneration generation, CancellationToken cancellationToken)
    {
        var national = await generation.LayerAsync(LayerIds.NationalRedlining, cancellationToken);
        var layer = national.Metadata;
        var (key, city, state, grade) = (layer.IndexOf("city_key"), layer.IndexOf("city"), layer.IndexOf("state"), layer.IndexOf("grade"));
        return [.. national.Features
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
}
