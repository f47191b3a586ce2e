namespace OpportunityMap.Core.Querying;

/// <summary>
/// An equality filter on one queryable property (OGC API - Features Part 1 <c>name=value</c>).
/// <see cref="Value"/> is already converted to the property's CLR type (string, long, double or bool).
/// </summary>
public sealed record PropertyFilter(string Property, object Value);
