namespace OpportunityMap.Core.Nation;

/// <summary>A tract's outcome (null when the Atlas suppressed it) and the children behind it (null when unknown).</summary>
public sealed record TractValue(double? Value, double? Children);
