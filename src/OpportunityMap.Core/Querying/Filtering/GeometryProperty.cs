namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>The feature's own geometry (named <c>geometry</c> in a filter).</summary>
public sealed record GeometryProperty : ScalarExpression
{
    /// <summary>The name a filter uses for it.</summary>
    public const string Name = "geometry";

    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Geometry;
}
