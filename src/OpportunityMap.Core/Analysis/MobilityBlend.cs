namespace OpportunityMap.Core.Analysis;

/// <summary>An area's blend of each metric (<see cref="Estimates"/>, in the tracts' metric order).</summary>
public sealed record MobilityBlend(IReadOnlyList<BlendedEstimate> Estimates)
{
    /// <summary>
    /// Every tract that overlaps the area by at least the sliver share, by id, with or without children or values: its
    /// share inside the area and its weight (share × all its children, 0 without a count).
    /// </summary>
    public IReadOnlyList<TractShare> Tracts { get; init; } = [];

    /// <summary>Each metric's value (null when no tract had one).</summary>
    public IReadOnlyList<double?> Values => [.. Estimates.Select(e => e.Value)];

    /// <summary>How many tracts the first metric (household income) blends.</summary>
    public int TractsBlended => Estimates.Count == 0 ? 0 : Estimates[0].Tracts;
}
