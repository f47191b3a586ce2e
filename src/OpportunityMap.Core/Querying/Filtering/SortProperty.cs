namespace OpportunityMap.Core.Querying.Filtering;

/// <summary>
/// One key of <c>sortby</c>: a scalar property of the layer, ascending or descending. Nulls sort last in both
/// directions; ties are broken by feature id (ordinal), so paging is stable.
/// </summary>
public sealed record SortProperty(string Property, bool Descending);
