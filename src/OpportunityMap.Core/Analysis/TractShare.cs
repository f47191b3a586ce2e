namespace OpportunityMap.Core.Analysis;

/// <summary>A tract's part in a blend: the share (0-1) of its area inside the area, and its weight (share × children).</summary>
public sealed record TractShare(MobilityTract Tract, double Share, double Weight);
