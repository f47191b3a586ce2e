namespace OpportunityMap.Core.Spatial;

/// <summary>
/// A layer with each feature's geometry projected once, for areas and distances: <see cref="Geometries"/>[i] is
/// <see cref="LayerData.Features"/>[i]'s geometry in <see cref="Projection"/>'s CRS. Immutable; thread-safe.
/// </summary>
public sealed record ProjectedLayer(LayerData Layer, IReadOnlyList<Geometry> Geometries, IProjection Projection)
{
    /// <summary>Projects every feature of <paramref name="layer"/>.</summary>
    public static ProjectedLayer Project(LayerData layer, IProjection projection) =>
        new(layer, [.. layer.Features.Select(f => projection.Project(f.Geometry))], projection);
}
