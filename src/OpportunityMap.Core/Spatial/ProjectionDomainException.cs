namespace OpportunityMap.Core.Spatial;

/// <summary>A coordinate lies where a projection cannot take it (it would be infinite or undefined there).</summary>
public sealed class ProjectionDomainException(string crs, double x, double y)
    : ArgumentOutOfRangeException(null, $"({x}, {y}) cannot be projected to {crs}.")
{
    /// <summary>The CRS the coordinate was to be projected to.</summary>
    public string Crs { get; } = crs;
}
