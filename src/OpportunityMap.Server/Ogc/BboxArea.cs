using OpportunityMap.Core.Querying.Filtering;

namespace OpportunityMap.Server.Ogc;

/// <summary>A <c>bbox</c> as a query takes it.</summary>
/// <param name="Envelope">The lon/lat envelope the store's index narrows by (<c>FeatureQuery.Bbox</c>).</param>
/// <param name="Exact">When the envelope is larger than the box: the box's exact area, to AND into the filter.</param>
internal sealed record BboxArea(Envelope Envelope, FilterExpression? Exact);
