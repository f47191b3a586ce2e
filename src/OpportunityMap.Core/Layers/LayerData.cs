namespace OpportunityMap.Core.Layers;

/// <summary>A whole layer: its metadata and its features, sorted by id.</summary>
public sealed record LayerData(LayerMetadata Metadata, IReadOnlyList<LayerFeature> Features);
