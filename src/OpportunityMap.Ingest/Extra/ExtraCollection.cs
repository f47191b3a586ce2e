using OpportunityMap.Core.Layers;

namespace OpportunityMap.Ingest.Extra;

/// <summary>A GeoJSON file served as a collection of its own, as configured (no code per file).</summary>
/// <param name="Id">The collection id.</param>
/// <param name="Path">The GeoJSON FeatureCollection (longitude/latitude).</param>
/// <param name="IdProperty">The property whose value is the feature id; null = the feature's 1-based position in the file.</param>
/// <param name="Queryables">Properties a filter may name.</param>
/// <param name="Source">Where the data comes from, its licence and attribution.</param>
public sealed record ExtraCollection(
    string Id, string Path, string Title, string Description, string? IdProperty, IReadOnlyList<string> Queryables, LayerSource Source);
