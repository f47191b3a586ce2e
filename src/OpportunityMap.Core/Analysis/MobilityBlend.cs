namespace OpportunityMap.Core.Analysis;

/// <summary>An area's blended value of each metric (null when no tract had one), and how many tracts it blends.</summary>
public sealed record MobilityBlend(IReadOnlyList<double?> Values, int TractsBlended)
{
    /// <summary>Every tract with children that counted, by id: its share inside the area and its weight.</summary>
    public IReadOnlyList<TractShare> Tracts { get; init; } = [];
}
