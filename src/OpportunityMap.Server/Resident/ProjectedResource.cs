namespace OpportunityMap.Server.Resident;

/// <summary>A resource point with its position in EPSG:2264 (US survey feet), for distances.</summary>
internal sealed record ProjectedResource(LayerFeature Feature, Point Projected);
