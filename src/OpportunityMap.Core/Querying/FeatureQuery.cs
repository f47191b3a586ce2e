using NetTopologySuite.Geometries;

namespace OpportunityMap.Core.Querying;

/// <summary>A query on one layer. Results are ordered by feature id (ordinal).</summary>
/// <param name="Bbox">
/// Keep features whose geometry intersects this box (EPSG:4326 lon/lat; edges and corners count, as in PostGIS
/// ST_Intersects), or <c>null</c> for all.
/// </param>
/// <param name="Filters">Equality filters, all of which must hold.</param>
/// <param name="Limit">At most this many features, at least 1.</param>
/// <param name="Offset">Skip this many matching features first.</param>
public sealed record FeatureQuery(Envelope? Bbox, IReadOnlyList<PropertyFilter> Filters, int Limit, int Offset)
{
    /// <summary>All features of a layer, in one page of at most <paramref name="limit"/>.</summary>
    public static FeatureQuery All(int limit = int.MaxValue) => new(null, [], limit, 0);
}
