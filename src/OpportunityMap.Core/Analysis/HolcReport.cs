namespace OpportunityMap.Core.Analysis;

/// <summary>
/// The 1935 grade vs today report: a row per grade A-D and the ungraded rest, the county as a whole (its mobility each
/// tract counted whole), and how the grades' household income moves when the method's choices change.
/// </summary>
public sealed record HolcReport(IReadOnlyList<HolcReportRow> Rows, HolcReportRow County, HolcRobustness Robustness)
{
    /// <summary>The county's children-weighted value of each metric, each tract counted whole.</summary>
    public IReadOnlyList<BlendedEstimate> CountyMobility => County.Summary.Mobility.Estimates;
}
