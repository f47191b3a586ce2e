namespace OpportunityMap.Ingest.Manifest;

/// <summary>A national table the server reads on demand (no layer, no geometry): its title, description and files.</summary>
public sealed record TableEntry(string Title, string Description, IReadOnlyList<string> Files);
