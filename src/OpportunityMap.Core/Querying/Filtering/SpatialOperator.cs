namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>The spatial functions of CQL2 (OGC 21-065 Spatial Functions), each a DE-9IM predicate as in PostGIS.</summary>
public enum SpatialOperator
{
    Intersects,
    Equals,
    Disjoint,
    Touches,
    Within,
    Overlaps,
    Crosses,
    Contains,
}
