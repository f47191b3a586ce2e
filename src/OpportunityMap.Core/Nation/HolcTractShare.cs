namespace OpportunityMap.Core.Nation;

/// <summary>
/// One row of Mapping Inequality's HOLC area → 2010 tract lookup: the city, the area's label (its grade is the
/// label's first letter when that is A-D), the tract, and the share of the tract's area inside the HOLC area.
/// </summary>
public sealed record HolcTractShare(string CityKey, string City, string State, string HolcId, string Geoid, double TractShare)
{
    /// <summary>A, B, C or D; null when the label does not start with one (numbers, blanks, E, ...).</summary>
    public string? Grade => HolcId.Length > 0 && HolcId[0] is 'A' or 'B' or 'C' or 'D' ? HolcId[..1] : null;
}
