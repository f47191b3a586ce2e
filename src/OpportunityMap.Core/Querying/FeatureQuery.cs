using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Core.Querying;

/// <summary>A query on one layer. Results are ordered by <see cref="SortBy"/>, then feature id (ordinal).</summary>
/// <param name="Bbox">
/// Keep features whose geometry intersects this box (EPSG:4326 lon/lat; edges and corners count, as in PostGIS
/// ST_Intersects), or <c>null</c> for all.
/// </param>
/// <param name="Filters">Equality filters, all of which must hold.</param>
/// <param name="Limit">At most this many features, at least 1.</param>
/// <param name="Offset">Skip this many matching features first.</param>
public sealed record FeatureQuery(Envelope? Bbox, IReadOnlyList<PropertyFilter> Filters, int Limit, int Offset)
{
    /// <summary>
    /// A CQL2 filter that must also be true (AND-ed with <see cref="Bbox"/> and <see cref="Filters"/>), parsed against
    /// this layer, or <c>null</c>.
    /// </summary>
    public FilterExpression? Filter { get; init; }

    /// <summary>
    /// The sort keys (scalar properties of the layer), or empty for id order. Nulls sort last whatever the direction;
    /// ties are broken by feature id (ordinal). <see cref="FeaturePage.NumberMatched"/> does not depend on it.
    /// </summary>
    public IReadOnlyList<SortProperty> SortBy { get; init; } = [];

    /// <summary>All features of a layer, in one page of at most <paramref name="limit"/>.</summary>
    public static FeatureQuery All(int limit = int.MaxValue) => new(null, [], limit, 0);
}
