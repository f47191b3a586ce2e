namespace OpportunityMap.Core.Analysis;

/// <summary>
/// One metric blended over an area's tracts: the value (null when no tract had one), the children behind it (Σ share ×
/// the tract's children of that metric, over the tracts with a value), how many tracts it blends, and its standard
/// error (null unless every tract blended has one in the source).
/// </summary>
public sealed record BlendedEstimate(double? Value, double Children, int Tracts, double? StandardError)
{
    /// <summary>Whether too few children stand behind the value to rank it (<see cref="SmallNumbers"/>).</summary>
    public bool TooFewChildren => SmallNumbers.TooFew(Children);
}
