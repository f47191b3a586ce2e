namespace OpportunityMap.Core.Layers;

/// <summary>
/// One feature of a layer. Immutable once built, so it may be shared between threads.
/// </summary>
/// <param name="Id">The feature id, unique in its layer; features are ordered by it (ordinal string order).</param>
/// <param name="Geometry">EPSG:4326, X = longitude, Y = latitude (RFC 7946 axis order); SRID 4326.</param>
/// <param name="Values">
/// Property values, one per <see cref="LayerMetadata.Properties"/> entry and in the same order; each is <c>null</c>
/// or of the CLR type its <see cref="PropertyType"/> names.
/// </param>
public sealed record LayerFeature(string Id, Geometry Geometry, IReadOnlyList<object?> Values);
