namespace OpportunityMap.Core.Nation;

/// <summary>
/// One group's outcome in a county (Opportunity Atlas county file): the mean household income rank (0-1) at about 35
/// of children whose parents were at the 25th percentile, its standard error, and the children it rests on. Any of
/// them may be missing (null) where the Atlas published none.
/// </summary>
public sealed record GroupOutcome(double? Value, double? StandardError, double? Children);
