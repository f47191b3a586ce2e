namespace OpportunityMap.Ingest.Manifest;

/// <summary>One file read from the source directory, and what it must contain.</summary>
/// <param name="Path">Relative to the source directory.</param>
/// <param name="Source">The key of its <see cref="SourceEntry"/>.</param>
/// <param name="Vintage">When the data describes.</param>
/// <param name="Columns">GeoJSON properties or CSV headers that must be present.</param>
/// <param name="Geometry">For GeoJSON: the accepted geometry types.</param>
public sealed record FileEntry(string Path, string Source, string Vintage, IReadOnlyList<string> Columns, IReadOnlyList<string>? Geometry);
