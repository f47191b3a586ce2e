namespace OpportunityMap.Core.Analysis;

/// <summary>A tract's part in a blend: the share (0-1) of its area inside the area, and its weight (share × all its children; 0 without a count).</summary>
public sealed record TractShare(MobilityTract Tract, double Share, double Weight);
