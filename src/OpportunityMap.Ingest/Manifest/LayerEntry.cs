namespace OpportunityMap.Ingest.Manifest;

/// <summary>A published layer: its title and description, the files it is built from.</summary>
/// <param name="Categories">For the resources layer: file key → category.</param>
public sealed record LayerEntry(
    string Title, string Description, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string>? Categories);
