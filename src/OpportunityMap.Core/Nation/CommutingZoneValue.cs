namespace OpportunityMap.Core.Nation;

/// <summary>
/// A commuting zone built from its counties: <see cref="Value"/> is their values weighted by their children,
/// <see cref="Children"/> the sum of those children (the zone's size), <see cref="StandardError"/> the weighted
/// counties' errors combined as independent (null when a county has none).
/// </summary>
public sealed record CommutingZoneValue(string Id, string Name, double Value, double? StandardError, double Children, int Counties);
