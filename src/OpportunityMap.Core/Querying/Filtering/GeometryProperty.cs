namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>The feature's own geometry, by the name the layer gives it (<see cref="LayerMetadata.GeometryName"/>).</summary>
public sealed record GeometryProperty(string Name = LayerMetadata.DefaultGeometryName) : ScalarExpression
{
    /// <inheritdoc />
    public override ValueKind Kind => ValueKind.Geometry;
}
