namespace OpportunityMap.Core.Analysis;

/// <summary>A neighborhood an area overlaps: the share of the area it makes up, and the share of it inside the area.</summary>
public sealed record NeighborhoodShare(string Id, double ShareOfArea, double ShareOfNeighborhood);
