using System.ComponentModel.DataAnnotations;

namespace OpportunityMap.Server.Options;

/// <summary>What a posted area (<c>POST /api/summary</c>) may be, checked cheaply before any analysis runs.</summary>
internal sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";

    /// <summary>The most positions a posted area may have, all rings together.</summary>
    [Range(4, 1_000_000)]
    public int MaxVertices { get; set; } = 2_000;

    /// <summary>
    /// The most times a posted area's rings may cross or touch one another or themselves: up to this it is repaired
    /// (and the answer says so), beyond it refused, as the repair grows with the square of the crossings.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MaxSelfIntersections { get; set; } = 100;
}
